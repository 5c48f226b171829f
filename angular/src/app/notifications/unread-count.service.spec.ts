import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { UNREAD_POLL_CONFIG, UnreadCountService } from './unread-count.service';

const URL = '/api/app/notifications/unread-count';

@Component({ template: '' })
class Blank {}

describe('UnreadCountService (the bell)', () => {
  let service: UnreadCountService;
  let backend: HttpTestingController;
  let router: Router;
  let visibility: DocumentVisibilityState;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-27T09:00:00Z'));
    visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'a', component: Blank }, { path: 'b', component: Blank }]),
        { provide: UNREAD_POLL_CONFIG, useValue: { initialDelayMs: 1_500, intervalMs: 60_000, minGapMs: 10_000 } }
      ]
    });
    service = TestBed.inject(UnreadCountService);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => {
    service.stop();
    backend.verify();
    vi.useRealTimers();
  });

  const answer = (count: number) => backend.expectOne(URL).flush({ count });

  it('waits a moment before the first count (the page\'s own requests go first), then asks every minute', () => {
    service.start();
    backend.expectNone(URL);
    vi.advanceTimersByTime(1_499);
    backend.expectNone(URL);
    vi.advanceTimersByTime(1);
    answer(3);
    expect(service.count()).toBe(3);
    vi.advanceTimersByTime(59_999);
    backend.expectNone(URL);
    vi.advanceTimersByTime(1);
    answer(5);
    expect(service.count()).toBe(5);
  });

  it('asks again on navigation, but not twice within the minimum gap', async () => {
    service.start();
    vi.advanceTimersByTime(1_500);
    answer(1);
    await router.navigateByUrl('/a');
    backend.expectNone(URL); // 0 s after the last count
    vi.advanceTimersByTime(10_000);
    await router.navigateByUrl('/b');
    answer(2);
    expect(service.count()).toBe(2);
  });

  it('does not poll a hidden tab and catches up when it is shown again', () => {
    service.start();
    vi.advanceTimersByTime(1_500);
    answer(1);
    visibility = 'hidden';
    vi.advanceTimersByTime(120_000);
    backend.expectNone(URL);
    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    answer(4);
    expect(service.count()).toBe(4);
  });

  it('refresh() asks at once (after marking read), start() twice polls once, stop() forgets the count', () => {
    service.start();
    service.start();
    service.refresh();
    answer(7);
    expect(service.count()).toBe(7);
    service.stop();
    expect(service.count()).toBeNull();
    vi.advanceTimersByTime(120_000);
    backend.expectNone(URL);
  });

  it('keeps polling after a failed request and keeps the last count meanwhile', () => {
    service.start();
    vi.advanceTimersByTime(1_500);
    answer(2);
    vi.advanceTimersByTime(60_000);
    backend.expectOne(URL).flush(null, { status: 503, statusText: 'Unavailable' });
    expect(service.count()).toBe(2);
    vi.advanceTimersByTime(60_000);
    answer(0);
    expect(service.count()).toBe(0);
  });
});
