import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { isConcurrencyConflict } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { MessageKey } from '../../core/i18n/messages.zh-CN';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { enterpriseRequestAssign } from '../../proxy/fn/enterprise-request/enterprise-request-assign';
import { enterpriseRequestGetList } from '../../proxy/fn/enterprise-request/enterprise-request-get-list';
import { enterpriseRequestStart } from '../../proxy/fn/enterprise-request/enterprise-request-start';
import { EnterpriseRequestDto } from '../../proxy/models/enterprise-request-dto';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { ResolveRequestModal } from './resolve-request-modal';

export interface RequestFilter {
  enterpriseId?: string | null;
  mine?: boolean;
  unresolved?: boolean;
}

export const REQUEST_STATUS_COLORS: Record<string, string> = { Open: 'orange', InProgress: 'blue', Resolved: 'green' };

/** Requests (诉求) with their state and owner; start, take over and resolve for holders of Cultivation.FollowUps.Services. */
@Component({
  selector: 'app-request-list',
  imports: [RouterLink, NzButtonModule, NzEmptyModule, NzPaginationModule, NzSpinModule, NzTagModule, TranslatePipe, EnumLabelPipe, AppDatePipe, ResolveRequestModal],
  template: `
    <nz-spin [nzSpinning]="loading()">
      @if (items().length) {
        <div class="request-list" data-testid="request-list">
          @for (request of items(); track request.id) {
            <div class="request-item" data-testid="request-row">
              <div class="request-head">
                <nz-tag [nzColor]="statusColor(request)">{{ request.status | enumLabel: 'RequestStatus' }}</nz-tag>
                <nz-tag>{{ request.category | enumLabel: 'ServiceCategory' }}</nz-tag>
                @if (showEnterprise() && request.enterpriseName) {
                  <a [routerLink]="['/enterprises', request.enterpriseId]" [queryParams]="{ tab: 'follow-ups' }" class="request-enterprise">{{ request.enterpriseName }}</a>
                }
              </div>
              <div class="request-text" data-testid="request-description">{{ request.description }}</div>
              <div class="request-meta">
                {{ 'request.raisedOn' | t }} {{ request.raisedOn | appDate }} · {{ 'DisplayName:OwnerId' | t }}：{{ request.ownerName ?? (request.ownerId === me() ? ('common.me' | t) : '—') }}
              </div>
              @if (request.status === 'Resolved') {
                <div class="request-resolution">{{ 'request.resolvedAt' | t: { date: (request.resolvedOn | appDate), resolution: request.resolution } }}</div>
              } @else if (canWork()) {
                <div class="request-actions">
                  @if (request.status === 'Open') {
                    <button nz-button nzSize="small" (click)="act(request, 'start')" data-testid="request-start">{{ 'request.start' | t }}</button>
                  }
                  @if (request.ownerId !== me() && isOfficer()) {
                    <button nz-button nzSize="small" (click)="act(request, 'assign')" data-testid="request-take">{{ 'request.assignToMe' | t }}</button>
                  }
                  <button nz-button nzSize="small" nzType="primary" (click)="resolving.set(request)" data-testid="request-resolve">{{ 'request.resolve' | t }}</button>
                </div>
              }
            </div>
          }
        </div>
        @if (total() > pageSize) {
          <nz-pagination class="request-pagination" nzSimple [nzPageIndex]="page()" [nzPageSize]="pageSize" [nzTotal]="total()" (nzPageIndexChange)="goTo($event)" />
        }
      } @else if (!loading()) {
        <nz-empty [nzNotFoundContent]="'request.empty' | t" data-testid="requests-empty" />
      }
    </nz-spin>
    @if (resolving(); as request) {
      <app-resolve-request-modal [request]="request" (closed)="resolving.set(null)" (saved)="onResolved()" />
    }
  `,
  styles: `
    .request-list { display: flex; flex-direction: column; gap: 8px; }
    .request-item { padding: 10px 12px; border: 1px solid #f0f0f0; border-radius: 8px; background: #fff; }
    .request-head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
    .request-enterprise { font-weight: 500; word-break: break-all; }
    .request-text { margin: 6px 0 4px; white-space: pre-line; word-break: break-word; }
    .request-meta, .request-resolution { font-size: 12px; color: rgba(0, 0, 0, 0.5); }
    .request-resolution { color: #389e0d; }
    .request-actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
    .request-pagination { margin-top: 12px; text-align: center; }
  `
})
export class RequestList {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionService);
  private readonly notifier = inject(ErrorNotifier);

  readonly filter = input<RequestFilter>({});
  readonly showEnterprise = input(true);
  /** Bumped by the parent to reload (e.g. after a service raised new requests). */
  readonly version = input(0);

  protected readonly pageSize = 20;
  protected readonly page = signal(1);
  protected readonly items = signal<EnterpriseRequestDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly resolving = signal<EnterpriseRequestDto | null>(null);
  protected readonly me = computed(() => this.session.user()?.id ?? null);
  protected readonly isOfficer = computed(() => !!this.session.user()?.districtId);
  protected readonly canWork = computed(() => this.session.granted().has(Permissions.followUps.services));

  constructor() {
    effect(() => {
      this.filter();
      this.version();
      untracked(() => {
        this.page.set(1);
        void this.load();
      });
    });
  }

  protected statusColor(request: EnterpriseRequestDto): string {
    return REQUEST_STATUS_COLORS[request.status ?? 'Open'] ?? 'default';
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.load();
  }

  protected async act(request: EnterpriseRequestDto, action: 'start' | 'assign'): Promise<void> {
    const body = { ownerId: action === 'assign' ? this.me() : null, concurrencyStamp: request.concurrencyStamp ?? null };
    const call = action === 'start' ? enterpriseRequestStart : enterpriseRequestAssign;
    const done: MessageKey = action === 'start' ? 'request.started' : 'request.assigned';
    try {
      await firstValueFrom(this.api.call(call, { id: request.id, body }));
      this.notifier.success(done);
    } catch (error) {
      const problem = this.notifier.show(error);
      if (!isConcurrencyConflict(problem)) {
        return;
      }
    }
    await this.load();
  }

  protected onResolved(): void {
    this.resolving.set(null);
    void this.load();
  }

  private async load(): Promise<void> {
    const filter = this.filter();
    this.loading.set(true);
    try {
      const result = await firstValueFrom(this.api.call(enterpriseRequestGetList, {
        EnterpriseId: filter.enterpriseId ?? undefined,
        Mine: filter.mine || undefined,
        Unresolved: filter.unresolved || undefined,
        SkipCount: (this.page() - 1) * this.pageSize,
        MaxResultCount: this.pageSize
      }));
      this.items.set(result.items);
      this.total.set(result.totalCount);
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.loading.set(false);
    }
  }
}
