import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { accountSignIn } from '../../proxy/fn/account/account-sign-in';
import { accountSignOut } from '../../proxy/fn/account/account-sign-out';
import { ApiClient } from '../http/api-client';
import { SessionService } from './session.service';
import { TokenStore } from './token-store';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(ApiClient);
  private readonly store = inject(TokenStore);
  private readonly session = inject(SessionService);

  readonly isSignedIn = () => this.store.tokens() !== null;

  async signIn(userName: string, password: string): Promise<void> {
    const result = await firstValueFrom(this.api.call(accountSignIn, { body: { userName, password } }));
    this.session.reset();
    this.store.save(result);
    await this.session.load();
  }

  /** Revokes the refresh token on the server (best effort) and forgets the session here. */
  async signOut(): Promise<void> {
    const tokens = this.store.tokens();
    if (tokens) {
      try {
        await firstValueFrom(this.api.call(accountSignOut, { body: { refreshToken: tokens.refreshToken } }));
      } catch {
        // Already expired or revoked: nothing left to revoke.
      }
    }
    this.store.clear();
    this.session.reset();
  }
}
