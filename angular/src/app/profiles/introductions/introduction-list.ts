import { Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { BreakpointService } from '../../core/layout/breakpoint.service';
import { introductionGetList } from '../../proxy/fn/introduction/introduction-get-list';
import { IntroductionDto } from '../../proxy/models/introduction-dto';
import { IntroductionStatus } from '../../proxy/models/introduction-status';
import { AppDatePipe } from '../../shared/format/format.pipes';

export interface IntroductionFilter {
  enterpriseId?: string | null;
  status?: string | null;
}

export const INTRODUCTION_STATUS_COLORS: Record<string, string> = { Requested: 'orange', Closed: 'default' };

/**
 * Introductions (对接请求) in the caller's scope (GET /api/app/introductions): a district's for its officer, an
 * institution's for its investor. A table on wide screens, cards on phones.
 */
@Component({
  selector: 'app-introduction-list',
  imports: [RouterLink, NzTableModule, NzTagModule, NzEmptyModule, NzSpinModule, NzPaginationModule, TranslatePipe, EnumLabelPipe, AppDatePipe],
  template: `
    <nz-spin [nzSpinning]="loading()">
      @if (!items().length && !loading()) {
        <nz-empty [nzNotFoundContent]="'introduction.empty' | t" data-testid="introductions-empty" />
      } @else if (breakpoints.isNarrow()) {
        <div class="intro-cards" data-testid="introduction-list">
          @for (item of items(); track item.id) {
            <div class="intro-card" data-testid="introduction-row">
              <div class="intro-head">
                <nz-tag [nzColor]="statusColor(item)">{{ item.status | enumLabel: 'IntroductionStatus' }}</nz-tag>
                @if (showEnterprise()) { <strong>{{ item.enterpriseName }}</strong> }
              </div>
              @if (item.profileHeadline) { <div>{{ profileLinkText(item) }}</div> }
              <div class="intro-meta">{{ item.institutionName }} · {{ item.origin | enumLabel: 'IntroductionOrigin' }} · {{ item.requestedTime | appDate: true }}</div>
              @if (item.message) { <div class="intro-message">{{ item.message }}</div> }
            </div>
          }
        </div>
      } @else {
        <nz-table [nzData]="items()" [nzFrontPagination]="false" [nzShowPagination]="false" nzSize="middle" data-testid="introduction-list">
          <thead>
            <tr>
              @if (showEnterprise()) { <th>{{ 'introduction.enterprise' | t }}</th> }
              <th>{{ 'introduction.profile' | t }}</th>
              <th>{{ 'introduction.institution' | t }}</th>
              <th>{{ 'introduction.origin' | t }}</th>
              <th>{{ 'introduction.status' | t }}</th>
              <th>{{ 'introduction.message' | t }}</th>
              <th>{{ 'introduction.time' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (item of items(); track item.id) {
              <tr data-testid="introduction-row">
                @if (showEnterprise()) { <td>{{ item.enterpriseName }}</td> }
                <td>
                  @if (item.profileId && item.profileHeadline) {
                    <a [routerLink]="['/profiles', item.profileId]">{{ item.profileHeadline }}</a>
                  } @else { — }
                </td>
                <td>{{ item.institutionName }}</td>
                <td>{{ item.origin | enumLabel: 'IntroductionOrigin' }}</td>
                <td><nz-tag [nzColor]="statusColor(item)">{{ item.status | enumLabel: 'IntroductionStatus' }}</nz-tag></td>
                <td class="intro-message">{{ item.message ?? '—' }}</td>
                <td class="nowrap">{{ item.requestedTime | appDate: true }}</td>
              </tr>
            }
          </tbody>
        </nz-table>
      }
      @if (total() > pageSize()) {
        <nz-pagination class="intro-pagination" [nzPageIndex]="page()" [nzPageSize]="pageSize()" [nzTotal]="total()" (nzPageIndexChange)="goTo($event)" />
      }
    </nz-spin>
  `,
  styles: `
    .intro-cards { display: flex; flex-direction: column; gap: 8px; }
    .intro-card { padding: 10px 12px; border: 1px solid #f0f0f0; border-radius: 8px; background: #fff; }
    .intro-head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
    .intro-meta { font-size: 12px; color: rgba(0, 0, 0, 0.55); margin-top: 4px; }
    .intro-message { white-space: pre-line; word-break: break-word; }
    .nowrap { white-space: nowrap; }
    .intro-pagination { margin-top: 12px; text-align: right; }
  `
})
export class IntroductionList {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  protected readonly breakpoints = inject(BreakpointService);

  readonly filter = input<IntroductionFilter>({});
  readonly showEnterprise = input(true);
  readonly pageSize = input(20);
  /** Bumped by the parent to reload. */
  readonly version = input(0);

  protected readonly page = signal(1);
  protected readonly items = signal<IntroductionDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);

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

  protected statusColor(item: IntroductionDto): string {
    return INTRODUCTION_STATUS_COLORS[item.status ?? 'Requested'] ?? 'default';
  }

  protected profileLinkText(item: IntroductionDto): string {
    return item.profileHeadline ?? '';
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.load();
  }

  private async load(): Promise<void> {
    const filter = this.filter();
    this.loading.set(true);
    try {
      const result = await firstValueFrom(this.api.call(introductionGetList, {
        EnterpriseId: filter.enterpriseId ?? undefined,
        Status: (filter.status ?? undefined) as IntroductionStatus | undefined,
        SkipCount: (this.page() - 1) * this.pageSize(),
        MaxResultCount: this.pageSize()
      }));
      this.items.set(result.items ?? []);
      this.total.set(result.totalCount ?? 0);
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.loading.set(false);
    }
  }
}
