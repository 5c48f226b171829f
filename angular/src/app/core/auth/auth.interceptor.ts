import { HttpErrorResponse, HttpEvent, HttpInterceptorFn, HttpRequest, HttpHandlerFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Observable, catchError, of, switchMap, throwError } from 'rxjs';
import { SessionExpiry } from './session-expiry';
import { SessionExpiredError, TokenRefresher } from './token-refresher';
import { TokenStore } from './token-store';

/** Requests that carry no bearer token: they obtain or revoke tokens by the refresh token itself. */
const TOKEN_ENDPOINTS = ['/api/app/account/token', '/api/app/account/refresh', '/api/app/account/sign-out'];

/** Renew a little before the server would refuse the token, to save a round trip. */
export const REFRESH_MARGIN_MS = 10_000;

/**
 * Sends the access token with every API call. On a 401 it gets a new access token (one shared refresh
 * for all requests refused at the same time) and retries once; when that fails the session is over.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.includes('/api/') || TOKEN_ENDPOINTS.some(path => request.url.endsWith(path))) {
    return next(request);
  }
  const store = inject(TokenStore);
  const refresher = inject(TokenRefresher);
  const expiry = inject(SessionExpiry);
  const tokens = store.tokens();
  if (!tokens) {
    return next(request).pipe(
      catchError(error => {
        if (error instanceof HttpErrorResponse && error.status === 401) {
          expiry.expire();
        }
        return throwError(() => error);
      })
    );
  }

  const renew = (rejected: string | null, original: unknown): Observable<string> =>
    refresher.refresh(rejected).pipe(
      catchError(refreshError => {
        if (!ends(refreshError)) {
          // Offline or rate-limited: keep the session and report the refresh failure.
          return throwError(() => refreshError);
        }
        expiry.expire();
        return throwError(() => original);
      })
    );

  const firstToken$ = tokens.accessTokenExpiresAt - Date.now() < REFRESH_MARGIN_MS
    ? renew(tokens.accessToken, new HttpErrorResponse({ status: 401, url: request.url }))
    : of(tokens.accessToken);

  return firstToken$.pipe(
    switchMap(token =>
      withBearer(request, next, token).pipe(
        catchError(error => {
          if (!(error instanceof HttpErrorResponse) || error.status !== 401) {
            return throwError(() => error);
          }
          return renew(token, error).pipe(switchMap(renewed => withBearer(request, next, renewed)));
        })
      )
    )
  );
};

/** The refresh token was refused (expired, revoked, reused) or is gone: the session is over. */
function ends(refreshError: unknown): boolean {
  return refreshError instanceof SessionExpiredError
    || (refreshError instanceof HttpErrorResponse && (refreshError.status === 400 || refreshError.status === 401));
}

function withBearer(request: HttpRequest<unknown>, next: HttpHandlerFn, token: string): Observable<HttpEvent<unknown>> {
  return next(request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }));
}
