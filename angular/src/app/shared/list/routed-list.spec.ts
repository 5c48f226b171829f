import { TestBed } from '@angular/core/testing';
import { Params } from '@angular/router';
import { BehaviorSubject, Observable, Subject, of, throwError } from 'rxjs';
import { Page, RoutedList } from './routed-list';

function list(params: BehaviorSubject<Params>, load: (page: number) => Observable<Page<string>>) {
  return TestBed.runInInjectionContext(
    () =>
      new RoutedList<number, string>(params.value, {
        params,
        parse: p => Number(p['page'] ?? 1),
        load,
        describeError: () => 'failed'
      })
  );
}

describe('routed list', () => {
  it('loads the page the URL names, keeps the last result while the next loads, and drops an overtaken load', () => {
    const params = new BehaviorSubject<Params>({ page: '1' });
    const answers = new Map<number, Subject<Page<string>>>([[1, new Subject()], [2, new Subject()], [3, new Subject()]]);
    const routed = list(params, page => answers.get(page)!);
    expect(routed.state().status).toBe('loading');
    answers.get(1)!.next({ items: ['a'], totalCount: 1 });
    expect(routed.items()).toEqual(['a']);
    expect(routed.total()).toBe(1);

    params.next({ page: '2' });
    params.next({ page: '3' });
    expect(routed.query()).toBe(3);
    expect(routed.state().status).toBe('loading');
    expect(routed.items()).toEqual(['a']);
    answers.get(2)!.next({ items: ['late'], totalCount: 9 });
    expect(routed.items()).toEqual(['a']);
    answers.get(3)!.next({ items: ['c'], totalCount: 3 });
    expect(routed.items()).toEqual(['c']);
    expect(routed.state().status).toBe('ready');
  });

  it('says a failed load and loads the same query again on reload', () => {
    const params = new BehaviorSubject<Params>({ page: '4' });
    let calls = 0;
    const routed = list(params, () => (++calls === 1 ? throwError(() => new Error('down')) : of({ items: ['d'], totalCount: 1 })));
    expect(routed.state()).toEqual({ status: 'failed', message: 'failed' });
    expect(routed.items()).toEqual([]);
    routed.reload();
    expect(routed.query()).toBe(4);
    expect(routed.items()).toEqual(['d']);
  });
});
