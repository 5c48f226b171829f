import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../core/errors/error-notifier';
import { ApiClient } from '../core/http/api-client';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { notificationGetList } from '../proxy/fn/notification/notification-get-list';
import { notificationMarkAllRead } from '../proxy/fn/notification/notification-mark-all-read';
import { notificationMarkRead } from '../proxy/fn/notification/notification-mark-read';
import { NotificationDto } from '../proxy/models/notification-dto';
import { AppDatePipe } from '../shared/format/format.pipes';
import { PageHeader } from '../shared/ui/page-header';
import { UnreadCountService } from './unread-count.service';

const PAGE_SIZE = 20;

/** A link inside the app ("/enterprises/…"): followed by the router; anything else is not a record link. */
export function internalLink(link: string | null | undefined): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

/** The signed-in user's inbox (GET /api/app/notifications): unread first to the eye, mark read, read all, open the record. */
@Component({
  selector: 'app-inbox-page',
  imports: [FormsModule, NzButtonModule, NzCheckboxModule, NzEmptyModule, NzIconModule, NzSpinModule, NzTagModule, TranslatePipe, AppDatePipe, PageHeader],
  template: `
    <app-page-header [title]="'notification.title' | t" [subtitle]="unreadCount() !== null ? ('notification.subtitle' | t: { count: unreadCount() }) : null">
      <button nz-button (click)="markAllRead()" [disabled]="!unreadCount()" [nzLoading]="markingAll()" data-testid="mark-all-read">
        <nz-icon nzType="check-circle" /> {{ 'notification.markAllRead' | t }}
      </button>
    </app-page-header>
    <div class="toolbar">
      <label nz-checkbox [ngModel]="unreadOnly()" (ngModelChange)="setUnreadOnly($event)" data-testid="unread-only">{{ 'notification.unreadOnly' | t }}</label>
    </div>
    <nz-spin [nzSpinning]="loading()">
      @if (items().length) {
        <ul class="inbox" data-testid="inbox-list">
          @for (item of items(); track item.id) {
            <li class="inbox-item" [class.unread]="!item.readTime" data-testid="notification" [attr.data-read]="item.readTime ? 'true' : 'false'">
              <div class="inbox-head">
                @if (!item.readTime) { <span class="dot" [attr.aria-label]="'notification.unread' | t"></span> }
                <span class="inbox-title">{{ item.title }}</span>
                <span class="inbox-time">{{ item.creationTime | appDate: true }}</span>
              </div>
              <div class="inbox-body">{{ item.body }}</div>
              <div class="inbox-actions">
                @if (link(item); as target) {
                  <button nz-button nzType="link" nzSize="small" (click)="open(item, target)" data-testid="notification-open">
                    {{ 'notification.open' | t }} <nz-icon nzType="right" />
                  </button>
                }
                @if (!item.readTime) {
                  <button nz-button nzType="link" nzSize="small" (click)="markRead(item)" data-testid="notification-read">{{ 'notification.markRead' | t }}</button>
                }
              </div>
            </li>
          }
        </ul>
        @if (items().length < total()) {
          <div class="more"><button nz-button (click)="loadMore()" [nzLoading]="loading()">{{ 'common.loadMore' | t }}</button></div>
        }
      } @else if (!loading()) {
        <nz-empty [nzNotFoundContent]="'notification.empty' | t" data-testid="inbox-empty" />
      }
    </nz-spin>
  `,
  styles: `
    .inbox { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
    .inbox-item { background: #fff; border: 1px solid #f0f0f0; border-radius: 8px; padding: 10px 14px; }
    .inbox-item.unread { border-color: #91caff; background: #f5faff; }
    .inbox-head { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
    .dot { width: 8px; height: 8px; border-radius: 50%; background: #1677ff; flex: none; }
    .inbox-title { font-weight: 600; flex: 1; min-width: 0; word-break: break-word; }
    .inbox-time { font-size: 12px; color: rgba(0, 0, 0, 0.45); }
    .inbox-body { margin-top: 4px; white-space: pre-line; color: rgba(0, 0, 0, 0.75); word-break: break-word; }
    .inbox-actions { display: flex; gap: 4px; margin: 4px -8px 0; }
    .more { text-align: center; margin-top: 12px; }
  `
})
export class InboxPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  private readonly unread = inject(UnreadCountService);

  protected readonly items = signal<NotificationDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly markingAll = signal(false);
  protected readonly unreadOnly = signal(false);
  protected readonly unreadCount = computed(() => this.unread.count());
  protected readonly link = (item: NotificationDto) => internalLink(item.link);

  constructor() {
    void this.load(true);
    this.unread.refresh();
  }

  protected setUnreadOnly(value: boolean): void {
    this.unreadOnly.set(value);
    void this.load(true);
  }

  protected loadMore(): void {
    void this.load(false);
  }

  protected async markRead(item: NotificationDto): Promise<void> {
    try {
      await firstValueFrom(this.api.call(notificationMarkRead, { id: item.id }));
      this.items.update(items => items.map(i => (i.id === item.id ? { ...i, readTime: new Date().toISOString() } : i)));
      this.unread.set((this.unread.count() ?? 1) - 1);
    } catch (error) {
      this.notifier.show(error);
    }
  }

  protected async markAllRead(): Promise<void> {
    this.markingAll.set(true);
    try {
      await firstValueFrom(this.api.call(notificationMarkAllRead, {}));
      this.notifier.success('notification.allRead');
      this.unread.refresh();
      await this.load(true);
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.markingAll.set(false);
    }
  }

  protected async open(item: NotificationDto, target: string): Promise<void> {
    if (!item.readTime) {
      await this.markRead(item);
    }
    await this.router.navigateByUrl(target);
  }

  private async load(fromStart: boolean): Promise<void> {
    this.loading.set(true);
    try {
      const page = await firstValueFrom(this.api.call(notificationGetList, {
        UnreadOnly: this.unreadOnly() || undefined,
        SkipCount: fromStart ? 0 : this.items().length,
        MaxResultCount: PAGE_SIZE
      }));
      this.items.update(items => (fromStart ? page.items : [...items, ...page.items]));
      this.total.set(page.totalCount);
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.loading.set(false);
    }
  }
}
