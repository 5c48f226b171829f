import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionService } from '../auth/session.service';

/** Lets the route open only for users holding the server permission `name` (e.g. Cultivation.Enterprises). */
export function permissionGuard(name: string): CanActivateFn {
  return async () => {
    const session = inject(SessionService);
    const router = inject(Router);
    try {
      await session.ensureLoaded();
    } catch {
      return router.createUrlTree(['/sign-in']);
    }
    return session.hasPermission(name) ? true : router.createUrlTree(['/forbidden']);
  };
}
