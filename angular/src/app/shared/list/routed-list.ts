import { computed, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Params } from '@angular/router';
import { Observable, Subject, catchError, distinctUntilChanged, map, merge, of, switchMap, tap } from 'rxjs';

export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** A list page's state: the last result stays on screen (greyed) while the next loads. */
export type ListState<R> = { status: 'loading'; result: R | null } | { status: 'ready'; result: R } | { status: 'failed'; message: string };

export interface RoutedListOptions<Q, R> {
  /** The route's query parameters. */
  params: Observable<Params>;
  /** Reads the list's query from them (leniently: the URL is the user's to edit). */
  parse: (params: Params) => Q;
  load: (query: Q) => Observable<R>;
  /** The sentence to show for a failed load (and a toast, as the caller decides). */
  describeError: (error: unknown) => string;
}

/**
 * A paged list whose filters live in the URL: loads the page for each new query and on reload(), cancelling a
 * load that a newer query overtook. Create it in an injection context (a component's field or constructor).
 */
export class RoutedList<Q, T, R extends Page<T> = Page<T>> {
  readonly state = signal<ListState<R>>({ status: 'loading', result: null });
  readonly query;
  readonly items = computed<T[]>(() => {
    const state = this.state();
    return state.status === 'failed' ? [] : (state.result?.items ?? []);
  });
  readonly total = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? 0 : (state.result?.totalCount ?? 0);
  });
  private readonly reload$ = new Subject<void>();

  constructor(initialParams: Params, options: RoutedListOptions<Q, R>) {
    this.query = signal<Q>(options.parse(initialParams));
    const queries = options.params.pipe(
      map(params => options.parse(params)),
      distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b))
    );
    merge(queries, this.reload$.pipe(map(() => this.query())))
      .pipe(
        tap(query => {
          this.query.set(query);
          this.state.update(s => ({ status: 'loading', result: s.status === 'failed' ? null : s.result }));
        }),
        switchMap(query =>
          options.load(query).pipe(
            map(result => ({ status: 'ready', result }) as ListState<R>),
            catchError(error => of({ status: 'failed', message: options.describeError(error) } as ListState<R>))
          )
        ),
        takeUntilDestroyed()
      )
      .subscribe(state => this.state.set(state));
  }

  reload(): void {
    this.reload$.next();
  }
}
