import { Injectable, signal } from '@angular/core';

/** Phones (≤ 767 px) get a drawer instead of a side menu and card lists instead of wide tables. */
export const NARROW_QUERY = '(max-width: 767.98px)';

@Injectable({ providedIn: 'root' })
export class BreakpointService {
  private readonly narrowState = signal(false);

  readonly isNarrow = this.narrowState.asReadonly();

  constructor() {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') {
      return;
    }
    const query = window.matchMedia(NARROW_QUERY);
    this.narrowState.set(query.matches);
    query.addEventListener('change', event => this.narrowState.set(event.matches));
  }
}
