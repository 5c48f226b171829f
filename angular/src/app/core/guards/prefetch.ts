import { ActivatedRouteSnapshot } from '@angular/router';
import { isObservable } from 'rxjs';

/**
 * Starts fetching the lazy components of the route being entered (the shell, the page) while the guard
 * still waits for the session. The router loads components only after the guards pass; by then the
 * browser has the chunks, which takes a round trip off a direct visit (a bookmark, a reload).
 */
export function prefetchComponents(route: ActivatedRouteSnapshot | null | undefined): void {
  for (let node = route; node; node = node.firstChild) {
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
