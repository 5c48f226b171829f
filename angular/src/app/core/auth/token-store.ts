import { Injectable, signal } from '@angular/core';
import { TokenResultDto } from '../../proxy/models/token-result-dto';

export interface StoredTokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number;
}

export const TOKEN_STORAGE_KEY = 'cultivation.tokens';

/**
 * The signed-in user's tokens, kept in localStorage so that every tab of the app shares one session
 * (a refresh token works once, so tabs must not each rotate their own copy).
 */
@Injectable({ providedIn: 'root' })
export class TokenStore {
  private readonly state = signal<StoredTokens | null>(readTokens());

  readonly tokens = this.state.asReadonly();

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', event => {
        if (event.key === TOKEN_STORAGE_KEY || event.key === null) {
          this.reload();
        }
      });
    }
  }

  get accessToken(): string | null {
    return this.state()?.accessToken ?? null;
  }

  save(result: TokenResultDto, now = Date.now()): StoredTokens {
    const tokens: StoredTokens = {
      accessToken: result.accessToken ?? '',
      refreshToken: result.refreshToken ?? '',
      accessTokenExpiresAt: now + (result.expiresIn ?? 0) * 1000
    };
    writeTokens(tokens);
    this.state.set(tokens);
    return tokens;
  }

  clear(): void {
    writeTokens(null);
    this.state.set(null);
  }

  /** Picks up what another tab wrote. */
  reload(): StoredTokens | null {
    const tokens = readTokens();
    this.state.set(tokens);
    return tokens;
  }
}

function readTokens(): StoredTokens | null {
  try {
    const raw = localStorage.getItem(TOKEN_STORAGE_KEY);
    if (!raw) {
      return null;
    }
    const parsed = JSON.parse(raw) as Partial<StoredTokens>;
    return parsed.accessToken && parsed.refreshToken
      ? { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken, accessTokenExpiresAt: Number(parsed.accessTokenExpiresAt) || 0 }
      : null;
  } catch {
    return null;
  }
}

function writeTokens(tokens: StoredTokens | null): void {
  try {
    if (tokens) {
      localStorage.setItem(TOKEN_STORAGE_KEY, JSON.stringify(tokens));
    } else {
      localStorage.removeItem(TOKEN_STORAGE_KEY);
    }
  } catch {
    // Storage unavailable: the session lives in memory only.
  }
}
