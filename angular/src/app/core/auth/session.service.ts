import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom, forkJoin } from 'rxjs';
import { accountGetCurrentUser } from '../../proxy/fn/account/account-get-current-user';
import { permissionGetGranted } from '../../proxy/fn/permission/permission-get-granted';
import { CurrentUserDto } from '../../proxy/models/current-user-dto';
import { ApiClient } from '../http/api-client';
import { ApplicationConfigurationService } from '../i18n/application-configuration.service';

/** Who is signed in and which of the server's permission names they hold. */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly api = inject(ApiClient);
  private readonly configuration = inject(ApplicationConfigurationService);
  private readonly userState = signal<CurrentUserDto | null>(null);
  private readonly grantedState = signal<ReadonlySet<string>>(new Set());
  private loading: Promise<void> | null = null;

  readonly user = this.userState.asReadonly();
  readonly granted = this.grantedState.asReadonly();
  readonly loaded = computed(() => this.userState() !== null);
  readonly primaryRole = computed(() => this.userState()?.roles?.[0] ?? null);

  hasPermission(name: string): boolean {
    return this.grantedState().has(name);
  }

  hasRole(role: string): boolean {
    return this.userState()?.roles?.includes(role) ?? false;
  }

  /** Loads the user, permissions and the server's labels once; callers that ask meanwhile wait for the same load. */
  ensureLoaded(): Promise<void> {
    if (this.userState()) {
      return Promise.resolve();
    }
    this.loading ??= this.load().finally(() => (this.loading = null));
    return this.loading;
  }

  async load(): Promise<void> {
    const [{ user, permissions }] = await Promise.all([
      firstValueFrom(forkJoin({ user: this.api.call(accountGetCurrentUser, {}), permissions: this.api.call(permissionGetGranted, {}) })),
      this.configuration.ensureLoaded()
    ]);
    this.grantedState.set(new Set(permissions.granted ?? []));
    this.userState.set(user);
  }

  reset(): void {
    this.userState.set(null);
    this.grantedState.set(new Set());
  }
}
