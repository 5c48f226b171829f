import { Injectable, inject } from '@angular/core';
import { Observable, defer, finalize, firstValueFrom, map, of, shareReplay, throwError } from 'rxjs';
import { accountRefresh } from '../../proxy/fn/account/account-refresh';
import { ApiClient } from '../http/api-client';
import { TokenStore } from './token-store';

/** No refresh token is left: the user has to sign in again. */
export class SessionExpiredError extends Error {
  constructor() {
    super('The session has expired.');
  }
}

const CROSS_TAB_LOCK = 'cultivation.token-refresh';

/**
 * Trades the refresh token for new tokens when an access token is refused. Refresh tokens rotate and
 * work once, so every caller that asks while a refresh is under way shares that one call, and tabs take
 * turns (Web Locks) and adopt what another tab already got.
 */
@Injectable({ providedIn: 'root' })
export class TokenRefresher {
  private readonly api = inject(ApiClient);
  private readonly store = inject(TokenStore);
  private inFlight: Observable<string> | null = null;

  /** A usable access token in place of `rejectedAccessToken`. */
  refresh(rejectedAccessToken: string | null): Observable<string> {
    const current = this.store.tokens();
    if (current && current.accessToken !== rejectedAccessToken && !this.inFlight) {
      return of(current.accessToken);
    }
    if (!this.inFlight) {
      this.inFlight = defer(() => withCrossTabLock(() => firstValueFrom(this.rotate(rejectedAccessToken)))).pipe(
        finalize(() => (this.inFlight = null)),
        shareReplay({ bufferSize: 1, refCount: false })
      );
    }
    return this.inFlight;
  }

  private rotate(rejectedAccessToken: string | null): Observable<string> {
    const tokens = this.store.reload();
    if (!tokens) {
      return throwError(() => new SessionExpiredError());
    }
    if (tokens.accessToken !== rejectedAccessToken && tokens.accessTokenExpiresAt > Date.now()) {
      return of(tokens.accessToken);
    }
    return this.api
      .call(accountRefresh, { body: { refreshToken: tokens.refreshToken } })
      .pipe(map(result => this.store.save(result).accessToken));
  }
}

function withCrossTabLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  return locks ? (locks.request(CROSS_TAB_LOCK, work) as Promise<T>) : work();
}
