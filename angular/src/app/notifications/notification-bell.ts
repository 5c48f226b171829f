import { Component, DestroyRef, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { I18nService } from '../core/i18n/i18n.service';
import { UnreadCountService } from './unread-count.service';

/** The header's bell: the unread count, a link to the inbox. Polling lives as long as the shell. */
@Component({
  selector: 'app-notification-bell',
  imports: [RouterLink, NzBadgeModule, NzButtonModule, NzIconModule, NzTooltipModule],
  template: `
    <a nz-button nzType="text" class="bell" routerLink="/notifications" [attr.aria-label]="label()" [nzTooltipTitle]="label()" nz-tooltip
      data-testid="notification-bell">
      <nz-badge [nzCount]="unread.count() ?? 0" [nzOverflowCount]="99" nzSize="small">
        <nz-icon nzType="bell" class="bell-icon" />
      </nz-badge>
      <span class="unread-value" data-testid="unread-count" hidden>{{ unread.count() ?? '' }}</span>
    </a>
  `,
  styles: `
    .bell { display: inline-flex; align-items: center; padding: 0 10px; height: 40px; }
    .bell-icon { font-size: 18px; color: rgba(0, 0, 0, 0.65); }
  `
})
export class NotificationBell {
  protected readonly unread = inject(UnreadCountService);
  private readonly i18n = inject(I18nService);

  constructor() {
    this.unread.start();
    inject(DestroyRef).onDestroy(() => this.unread.stop());
  }

  protected label(): string {
    const count = this.unread.count();
    return count ? this.i18n.t('shell.unreadCount', { count }) : this.i18n.t('shell.notifications');
  }
}
