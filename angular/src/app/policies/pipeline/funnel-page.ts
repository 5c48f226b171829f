import { Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NgxEchartsDirective } from 'ngx-echarts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { policyApplicationGetFunnel } from '../../proxy/fn/policy-application/policy-application-get-funnel';
import { policyBatchGetList } from '../../proxy/fn/policy-batch/policy-batch-get-list';
import { PolicyBatchDto } from '../../proxy/models/policy-batch-dto';
import { PolicyFunnelDto } from '../../proxy/models/policy-funnel-dto';
import { LAZY_ECHARTS } from '../../shared/charts/echarts';
import { FractionPipe, WanYuanPipe } from '../../shared/format/format.pipes';
import { LoadFailed } from '../../shared/ui/load-failed';
import { PageHeader } from '../../shared/ui/page-header';
import { ProgrammeStore } from '../shared/programme-store';
import { funnelChartOption, grantRate } from './pipeline-logic';

/** 申报漏斗 (municipal staff): for a programme and one or all of its batches, how far each district's applications got. */
@Component({
  selector: 'app-funnel-page',
  imports: [FormsModule, NgxEchartsDirective, NzCardModule, NzSelectModule, NzSkeletonModule, NzTableModule, TranslatePipe, FractionPipe, WanYuanPipe, LoadFailed, PageHeader],
  providers: [LAZY_ECHARTS],
  template: `
    <app-page-header [title]="'nav.funnel' | t" [subtitle]="'appl.funnelSubtitle' | t" />
    <div class="filters">
      <nz-select [ngModel]="programmeId()" (ngModelChange)="navigate($event, null)" [nzPlaceHolder]="'pol.programme' | t" data-testid="funnel-programme">
        @for (p of programmes(); track p.id) {
          <nz-option [nzValue]="p.id" [nzLabel]="i18n.language() === 'en' ? p.englishName : p.name" />
        }
      </nz-select>
      <nz-select [ngModel]="batchId()" (ngModelChange)="navigate(programmeId(), $event)" nzAllowClear [nzPlaceHolder]="'appl.allBatches' | t" data-testid="funnel-batch">
        @for (b of batches(); track b.id) {
          <nz-option [nzValue]="b.id" [nzLabel]="b.name" />
        }
      </nz-select>
    </div>
    @if (loadError(); as message) {
      <app-load-failed [title]="'appl.loadFailed' | t" [message]="message" (retry)="load()" />
    } @else if (!programmeId()) {
      <p class="muted">{{ 'appl.funnelPick' | t }}</p>
    } @else if (funnel(); as f) {
      <nz-card class="block">
        @if (f.total.recommended) {
          <div echarts [options]="chart()" class="chart" data-testid="funnel-chart"></div>
        } @else {
          <p class="muted" data-testid="funnel-empty">{{ 'appl.funnelEmpty' | t }}</p>
        }
      </nz-card>
      <nz-table [nzData]="rows()" [nzShowPagination]="false" [nzFrontPagination]="false" nzSize="small" data-testid="funnel-table">
        <thead>
          <tr>
            <th>{{ 'appl.district' | t }}</th>
            <th>{{ 'appl.f.recommended' | t }}</th><th>{{ 'appl.f.districtReview' | t }}</th><th>{{ 'appl.f.municipalReview' | t }}</th>
            <th>{{ 'appl.f.publicity' | t }}</th><th>{{ 'appl.f.granted' | t }}</th><th>{{ 'appl.f.rejected' | t }}</th><th>{{ 'appl.f.withdrawn' | t }}</th>
            <th>{{ 'appl.f.open' | t }}</th><th>{{ 'appl.f.rate' | t }}</th><th>{{ 'appl.f.amount' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (r of rows(); track r.districtId) {
            <tr data-testid="funnel-row" [attr.data-district]="r.districtName" [class.total]="r === f.total">
              <td>{{ r.districtName }}</td>
              <td data-testid="funnel-recommended">{{ r.recommended }}</td><td>{{ r.reachedDistrictReview }}</td><td>{{ r.reachedMunicipalReview }}</td>
              <td>{{ r.reachedPublicity }}</td><td data-testid="funnel-granted">{{ r.granted }}</td><td>{{ r.rejected }}</td><td>{{ r.withdrawn }}</td>
              <td>{{ r.open }}</td>
              <td>{{ rate(r) === null ? '—' : (rate(r)! | fraction) }}</td>
              <td>{{ r.grantedAmount ? (r.grantedAmount | wanYuan) : '—' }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
    } @else {
      <nz-skeleton [nzActive]="true" />
    }
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
    .filters nz-select { min-width: 240px; }
    .chart { height: 420px; }
    .block { display: block; margin-bottom: 16px; }
    .muted { color: rgba(0, 0, 0, 0.45); }
    .total td { font-weight: 600; background: #fafafa; }
  `
})
export class FunnelPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  private readonly store = inject(ProgrammeStore);
  protected readonly i18n = inject(I18nService);

  private readonly params = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });
  protected readonly programmeId = computed(() => this.params().get('programme'));
  protected readonly batchId = computed(() => this.params().get('batch'));
  protected readonly programmes = computed(() => this.store.programmes() ?? []);
  protected readonly batches = signal<PolicyBatchDto[]>([]);
  protected readonly funnel = signal<PolicyFunnelDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly rows = computed(() => {
    const f = this.funnel();
    // Districts with most recommendations first, then by name; the city total last.
    return f ? [...[...f.districts].sort((a, b) => b.recommended - a.recommended || a.districtName.localeCompare(b.districtName, 'zh-CN')), f.total] : [];
  });
  protected readonly chart = computed(() => {
    const t = (key: Parameters<I18nService['t']>[0]) => this.i18n.t(key);
    return funnelChartOption(this.funnel()?.districts ?? [], {
      recommended: t('appl.f.recommended'), reachedDistrictReview: t('appl.f.districtReview'), reachedMunicipalReview: t('appl.f.municipalReview'),
      reachedPublicity: t('appl.f.publicity'), granted: t('appl.f.granted')
    });
  });
  protected readonly rate = grantRate;

  constructor() {
    void this.store.load();
    effect(() => {
      this.programmeId();
      this.batchId();
      untracked(() => void this.load());
    });
  }

  protected async load(): Promise<void> {
    const programmeId = this.programmeId();
    this.loadError.set(null);
    this.funnel.set(null);
    if (!programmeId) {
      return;
    }
    try {
      const [funnel, batches] = await Promise.all([
        firstValueFrom(this.api.call(policyApplicationGetFunnel, { ProgrammeId: programmeId, BatchId: this.batchId() ?? undefined })),
        firstValueFrom(this.api.call(policyBatchGetList, { ProgrammeId: programmeId, MaxResultCount: 100 }))
      ]);
      this.batches.set(batches.items ?? []);
      this.funnel.set(funnel);
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    }
  }

  protected navigate(programme: string | null, batch: string | null): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { programme, batch }, replaceUrl: true });
  }
}
