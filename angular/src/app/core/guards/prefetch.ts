import { Injectable, inject } from '@angular/core';
import { ActivatedRouteSnapshot, PreloadingStrategy, Route } from '@angular/router';
import { Observable, isObservable, of, switchMap, timer } from 'rxjs';
import { TokenStore } from '../auth/token-store';

/** Route data key: a function that starts fetching the page's first data (called in an injection context). */
export const PREFETCH_DATA = 'prefetchData';
/** Route data key: preload the route's lazy component once the user is signed in. */
export const PRELOAD_AFTER_SIGN_IN = 'preloadAfterSignIn';

export type DataPrefetch = (route: ActivatedRouteSnapshot) => void;

/**
 * Starts what the route being entered needs while the guard still waits for the session: its lazy
 * components (the shell, the page) and, where the route names one, the page's first data request. The
 * router loads components only after the guards pass; by then the browser has the chunks and the data is
 * on its way, which takes round trips off a direct visit (a bookmark, a reload). Call it from a guard
 * (an injection context).
 */
export function prefetchComponents(route: ActivatedRouteSnapshot | null | undefined): void {
  for (let node = route; node; node = node.firstChild) {
    const prefetch = node.routeConfig?.data?.[PREFETCH_DATA];
    if (typeof prefetch === 'function') {
      try {
        (prefetch as DataPrefetch)(node);
      } catch {
        // The page asks for its data itself when it opens.
      }
    }
    const load = node.routeConfig?.loadComponent;
    if (!load) {
      continue;
    }
    try {
      const loading = load();
      if (isObservable(loading)) {
        loading.subscribe({ error: () => undefined });
      } else if (loading instanceof Promise) {
        loading.catch(() => undefined);
      }
    } catch {
      // The router reports a failing import itself when it loads the component.
    }
  }
}

/** How long after a navigation ends the preloading waits, so the page on screen finishes first. */
export const PRELOAD_DELAY_MS = 1_000;

/**
 * Preloads the chunks of routes marked PRELOAD_AFTER_SIGN_IN (the enterprise list) once someone is signed
 * in and the current page is done; nothing for a signed-out visitor, nothing else.
 */
@Injectable({ providedIn: 'root' })
export class SignedInPreloading implements PreloadingStrategy {
  private readonly tokens = inject(TokenStore);

  preload(route: Route, load: () => Observable<unknown>): Observable<unknown> {
    if (!route.data?.[PRELOAD_AFTER_SIGN_IN]) {
      return of(null);
    }
    return timer(PRELOAD_DELAY_MS).pipe(switchMap(() => (this.tokens.tokens() ? load() : of(null))));
  }
}
