import { Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import { SessionService } from './session.service';
import { TokenStore } from './token-store';

/** What happens when the tokens can no longer be renewed: forget them and ask for a new sign-in. */
@Injectable({ providedIn: 'root' })
export class SessionExpiry {
  private readonly store = inject(TokenStore);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);

  expire(): void {
    // Tokens may already be gone (signed out in another tab) while this tab still shows the session.
    const wasSignedIn = this.store.tokens() !== null || this.session.loaded();
    this.store.clear();
    this.session.reset();
    if (wasSignedIn && !this.router.url.startsWith('/sign-in')) {
      void this.router.navigate(['/sign-in'], { queryParams: { returnUrl: this.router.url, expired: 1 } });
    }
  }
}
