import { Component, effect, inject, input, signal, untracked } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { enterpriseTitleGetList } from '../../proxy/fn/enterprise-title/enterprise-title-get-list';
import { EnterpriseTitleDto } from '../../proxy/models/enterprise-title-dto';
import { EnterpriseTitleStatus } from '../../proxy/models/enterprise-title-status';
import { AppDatePipe } from '../../shared/format/format.pipes';

/** Tag colours of a title's status: held, lapsed, revoked. */
export const TITLE_STATUS_COLORS: Record<EnterpriseTitleStatus, string> = { Active: 'success', Lapsed: 'default', Revoked: 'error' };

/**
 * 称号 on the enterprise's 政策 tab: the titles it holds or held (专精特新, 小巨人, …), each with its validity, the next
 * 年度信息更新 and 复核 dates and where it came from (a decision of the pipeline, or recorded with its 文号).
 */
@Component({
  selector: 'app-enterprise-titles',
  imports: [NzTableModule, NzTagModule, NzTooltipModule, TranslatePipe, EnumLabelPipe, AppDatePipe],
  template: `
    <h3>{{ 'title.heading' | t }}</h3>
    <nz-table [nzData]="titles() ?? []" [nzLoading]="titles() === null" [nzShowPagination]="false" [nzFrontPagination]="false"
      nzSize="small" class="block" data-testid="enterprise-titles" [nzNoResult]="none">
      <thead>
        <tr>
          <th>{{ 'title.programme' | t }}</th>
          <th nzWidth="100px">{{ 'title.status' | t }}</th>
          <th nzWidth="120px">{{ 'title.grantedOn' | t }}</th>
          <th nzWidth="120px">{{ 'title.validUntil' | t }}</th>
          <th nzWidth="140px">{{ 'title.nextUpdate' | t }}</th>
          <th nzWidth="120px">{{ 'title.review' | t }}</th>
          <th>{{ 'title.source' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (title of titles(); track title.id) {
          <tr data-testid="enterprise-title-row" [attr.data-programme]="title.programmeCode" [attr.data-status]="title.status">
            <td>{{ title.programmeName }}</td>
            <td>
              <nz-tag [nzColor]="colors[title.status]" [nz-tooltip]="title.revocationReason || null">{{ title.status | enumLabel: 'EnterpriseTitleStatus' }}</nz-tag>
            </td>
            <td>{{ title.grantedOn | appDate }}</td>
            <td>{{ title.validUntil | appDate }}</td>
            <td>{{ title.status === 'Active' ? (title.nextUpdateDueOn | appDate) : '—' }}</td>
            <td>{{ title.status === 'Active' ? (title.reviewDueOn | appDate) : '—' }}</td>
            <td>{{ title.source | enumLabel: 'EnterpriseTitleSource' }}@if (title.documentNumber) { · {{ title.documentNumber }} }</td>
          </tr>
        }
      </tbody>
    </nz-table>
    <ng-template #none><div class="empty">{{ 'title.none' | t }}</div></ng-template>
  `,
  styles: `
    h3 { margin: 0 0 12px; font-size: 15px; font-weight: 600; }
    .block { display: block; margin-bottom: 24px; }
    .empty { padding: 16px; text-align: center; color: rgba(0, 0, 0, 0.65); }
  `
})
export class EnterpriseTitles {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly enterpriseId = input.required<string>();
  protected readonly titles = signal<EnterpriseTitleDto[] | null>(null);
  protected readonly colors = TITLE_STATUS_COLORS;

  constructor() {
    effect(() => {
      const id = this.enterpriseId();
      untracked(() => void this.load(id));
    });
  }

  private async load(enterpriseId: string): Promise<void> {
    this.titles.set(null);
    try {
      this.titles.set((await firstValueFrom(this.api.call(enterpriseTitleGetList, { enterpriseId }))).items);
    } catch (error) {
      this.titles.set([]);
      this.notifier.show(error);
    }
  }
}
