import { Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { NzAvatarModule } from 'ng-zorro-antd/avatar';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { AuthService } from '../auth/auth.service';
import { SessionService } from '../auth/session.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ReferenceDataService } from '../reference/reference-data.service';

/** The signed-in user's name, role and district (or institution), with change-password and sign-out. */
@Component({
  selector: 'app-user-menu',
  imports: [RouterLink, NzAvatarModule, NzDropDownModule, NzIconModule, NzMenuModule, TranslatePipe],
  template: `
    @if (session.user(); as user) {
      <a class="user-trigger" nz-dropdown [nzDropdownMenu]="menu" nzTrigger="click" nzPlacement="bottomRight" data-testid="user-menu">
        <nz-avatar nzIcon="user" nzSize="small" />
        @if (!compact()) {
          <span class="user-text">
            <span class="user-name" data-testid="user-display-name">{{ user.displayName }}</span>
            <span class="user-meta" data-testid="user-role">{{ roleLabels() }}@if (scope()) { · {{ scope() }} }</span>
          </span>
        }
        <nz-icon nzType="down" />
      </a>
      <nz-dropdown-menu #menu="nzDropdownMenu">
        <ul nz-menu>
          @if (compact()) {
            <li nz-menu-item nzDisabled class="user-menu-identity">
              <div>
                <div class="user-name">{{ user.displayName }}</div>
                <div class="user-meta">{{ roleLabels() }}@if (scope()) { · {{ scope() }} }</div>
              </div>
            </li>
            <li nz-menu-divider></li>
          }
          <li nz-menu-item><a routerLink="/account/password"><nz-icon nzType="key" /> {{ 'shell.changePassword' | t }}</a></li>
          <li nz-menu-item (click)="signOut()" data-testid="sign-out"><nz-icon nzType="logout" /> {{ 'shell.signOut' | t }}</li>
        </ul>
      </nz-dropdown-menu>
    }
  `,
  styleUrl: './user-menu.scss'
})
export class UserMenu {
  protected readonly session = inject(SessionService);
  private readonly auth = inject(AuthService);
  private readonly reference = inject(ReferenceDataService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  readonly compact = input(false);

  protected readonly roleLabels = computed(() =>
    (this.session.user()?.roles ?? []).map(role => this.i18n.enumLabel('Role', role)).join(' / ')
  );
  protected readonly scope = computed(() => {
    const user = this.session.user();
    return user?.districtName ?? user?.institutionName ?? null;
  });

  async signOut(): Promise<void> {
    await this.auth.signOut();
    this.reference.invalidate();
    await this.router.navigate(['/sign-in']);
  }
}
