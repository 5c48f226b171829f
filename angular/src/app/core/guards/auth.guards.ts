import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionService } from '../auth/session.service';
import { TokenStore } from '../auth/token-store';
import { prefetchComponents } from './prefetch';

/** Signed in, with the user and permissions loaded; otherwise to the sign-in page and back afterwards. */
export const authGuard: CanActivateFn = async (route, state) => {
  const router = inject(Router);
  const store = inject(TokenStore);
  const session = inject(SessionService);
  const toSignIn = () => router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  if (!store.tokens()) {
    return toSignIn();
  }
  if (!session.loaded()) {
    prefetchComponents(route);
  }
  try {
    await session.ensureLoaded();
    return true;
  } catch {
    // Still holding tokens means the server could not be reached, not that the session ended.
    return store.tokens() ? router.createUrlTree(['/unavailable']) : toSignIn();
  }
};

/** The sign-in page is for signed-out users only. */
export const signedOutGuard: CanActivateFn = () =>
  inject(TokenStore).tokens() ? inject(Router).createUrlTree(['/']) : true;
