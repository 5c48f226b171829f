import { DOCUMENT } from '@angular/common';
import { Injectable, InjectionToken, inject, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { EMPTY, Subject, Subscription, catchError, exhaustMap, filter, fromEvent, map, merge, timer } from 'rxjs';
import { ApiClient } from '../core/http/api-client';
import { notificationGetUnreadCount } from '../proxy/fn/notification/notification-get-unread-count';

export interface UnreadPollConfig {
  /** The first count waits this long, so it never competes with the page's own first requests. */
  initialDelayMs: number;
  /** Then a count every this often while the tab is visible. */
  intervalMs: number;
  /** A navigation or the tab coming back asks again, but not more often than this. */
  minGapMs: number;
}

export const UNREAD_POLL_CONFIG = new InjectionToken<UnreadPollConfig>('UNREAD_POLL_CONFIG', {
  providedIn: 'root',
  factory: () => ({ initialDelayMs: 1_500, intervalMs: 60_000, minGapMs: 10_000 })
});

/**
 * The bell's unread count (GET /api/app/notifications/unread-count): polled modestly — once shortly after
 * the shell appears, every minute while the tab is visible, on navigation and when the tab comes back
 * (at most once per `minGapMs` for those), and at once after the inbox changed something.
 */
@Injectable({ providedIn: 'root' })
export class UnreadCountService {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly config = inject(UNREAD_POLL_CONFIG);
  private readonly state = signal<number | null>(null);
  private readonly now$ = new Subject<void>();
  private subscription: Subscription | null = null;
  private lastAsked = 0;

  readonly count = this.state.asReadonly();

  /** Starts polling (idempotent): the shell calls it when a signed-in page shows. */
  start(): void {
    if (this.subscription) {
      return;
    }
    // The navigation that shows the shell must not ask before the page's own data: count it as asked.
    this.lastAsked = Date.now();
    const hidden = () => this.document.visibilityState === 'hidden';
    const ticks = timer(this.config.initialDelayMs, this.config.intervalMs).pipe(filter(() => !hidden()));
    const events = merge(
      this.router.events.pipe(filter(event => event instanceof NavigationEnd)),
      fromEvent(this.document, 'visibilitychange').pipe(filter(() => !hidden()))
    ).pipe(filter(() => Date.now() - this.lastAsked >= this.config.minGapMs));
    this.subscription = merge(ticks, events, this.now$)
      .pipe(
        exhaustMap(() => {
          this.lastAsked = Date.now();
          return this.api.call(notificationGetUnreadCount, {}).pipe(
            map(result => result.count),
            catchError(() => EMPTY)
          );
        })
      )
      .subscribe(count => this.state.set(count));
  }

  /** Stops polling and forgets the count (signed out). */
  stop(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.state.set(null);
  }

  /** Asks now, e.g. after marking notifications read. */
  refresh(): void {
    this.now$.next();
  }

  /** Sets the count the inbox already knows (no request). */
  set(count: number): void {
    this.state.set(Math.max(0, count));
  }
}
