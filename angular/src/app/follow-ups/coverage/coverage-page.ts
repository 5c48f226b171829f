import { Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { HttpClient } from '@angular/common/http';
import { ActivatedRoute, Router } from '@angular/router';
import { catchError, distinctUntilChanged, firstValueFrom, map, of, switchMap, tap } from 'rxjs';
import { NgxEchartsDirective } from 'ngx-echarts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { MessageKey } from '../../core/i18n/messages.zh-CN';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ApiConfiguration } from '../../proxy/api-configuration';
import { coverageExport } from '../../proxy/fn/coverage/coverage-export';
import { coverageGet } from '../../proxy/fn/coverage/coverage-get';
import { CoverageReportDto } from '../../proxy/models/coverage-report-dto';
import { FileDownload } from '../../shared/download/file-download';
import { parseDateOnly, shanghaiToday, toDate } from '../../shared/format/date-only';
import { AppDatePipe, CountPipe, FractionPipe } from '../../shared/format/format.pipes';
import { PageHeader } from '../../shared/ui/page-header';
import { LAZY_ECHARTS } from '../../shared/charts/echarts';
import {
  COVERAGE_METRICS, COVERAGE_PRESETS, CoverageMetric, CoveragePreset, Period, coverageChartOptions, coverageTotals, presetOf, presetPeriod
} from './coverage-model';
import { LoadFailed } from '../../shared/ui/load-failed';

const METRIC_LABELS = {
  onScheduleRate: 'coverage.onScheduleRate',
  overduePlans: 'coverage.overduePlans',
  medianDaysOverdue: 'coverage.medianDaysOverdue',
  servicesPerEnterprise: 'coverage.servicesPerEnterprise',
  requestsResolvedRate: 'coverage.requestsResolvedRate'
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads ?from=&to= (yyyy-MM-dd); anything else is this year so far. */
export function parsePeriod(from: string | null, to: string | null, today: string): Period {
  return from && to && DATE.test(from) && DATE.test(to) && from <= to ? { from, to } : presetPeriod('thisYear', today);
}

/** 优秀组织奖 view: per district, plans on schedule, overdue, services per enterprise per quarter, requests resolved. */
@Component({
  selector: 'app-coverage-page',
  imports: [LoadFailed, 
    FormsModule, NgxEchartsDirective, NzButtonModule, NzCardModule, NzDatePickerModule, NzGridModule, NzIconModule, NzRadioModule, NzSkeletonModule, NzTableModule, TranslatePipe, AppDatePipe, CountPipe, FractionPipe, PageHeader
  ],
  providers: [LAZY_ECHARTS],
  templateUrl: './coverage-page.html',
  styleUrl: './coverage-page.scss'
})
export class CoveragePage {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);
  private readonly configuration = inject(ApiConfiguration);
  private readonly files = inject(FileDownload);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  private readonly i18n = inject(I18nService);

  protected readonly today = shanghaiToday();
  protected readonly presets = COVERAGE_PRESETS;
  protected readonly presetLabels: Record<CoveragePreset, MessageKey> = {
    thisQuarter: 'coverage.thisQuarter', lastQuarter: 'coverage.lastQuarter', thisYear: 'coverage.thisYear', last12Months: 'coverage.last12Months'
  };
  protected readonly metrics = COVERAGE_METRICS;
  protected readonly metricLabels = METRIC_LABELS;
  protected readonly period = signal<Period>(presetPeriod('thisYear', this.today));
  protected readonly range = computed(() => [toDate(this.period().from), toDate(this.period().to)] as Date[]);
  protected readonly preset = computed(() => presetOf(this.period(), this.today));
  protected readonly metric = signal<CoverageMetric>('onScheduleRate');
  protected readonly report = signal<CoverageReportDto | null>(null);
  protected readonly failed = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly exporting = signal(false);
  protected readonly totals = computed(() => {
    const report = this.report();
    return report ? coverageTotals(report) : null;
  });
  protected readonly chartOptions = computed(() => {
    const report = this.report();
    if (!report) {
      return null;
    }
    const metric = this.metric();
    const rate = metric === 'onScheduleRate' || metric === 'requestsResolvedRate';
    const unit = rate ? '%' : metric === 'medianDaysOverdue' ? this.i18n.t('coverage.daysUnit') : metric === 'servicesPerEnterprise' ? this.i18n.t('coverage.timesUnit') : '';
    return coverageChartOptions(report, metric, this.i18n.t(METRIC_LABELS[metric]), unit);
  });
  protected readonly disableFuture = (date: Date) => (parseDateOnly(date) ?? '') > this.today;

  constructor() {
    this.route.queryParamMap
      .pipe(
        map(params => parsePeriod(params.get('from'), params.get('to'), this.today)),
        distinctUntilChanged((a, b) => a.from === b.from && a.to === b.to),
        tap(period => {
          this.period.set(period);
          this.loading.set(true);
          this.failed.set(null);
        }),
        switchMap(period =>
          this.api.call(coverageGet, { From: period.from, To: period.to }).pipe(
            catchError(error => {
              this.failed.set(this.notifier.describe(this.notifier.show(error)));
              return of(null);
            })
          )
        ),
        takeUntilDestroyed(inject(DestroyRef))
      )
      .subscribe(report => {
        this.report.set(report);
        this.loading.set(false);
      });
  }

  protected pick(preset: CoveragePreset): void {
    this.go(presetPeriod(preset, this.today));
  }

  protected pickRange(range: (Date | null)[] | null): void {
    const from = parseDateOnly(range?.[0]);
    const to = parseDateOnly(range?.[1]);
    if (from && to) {
      this.go({ from, to });
    }
  }

  protected async export(): Promise<void> {
    const period = this.period();
    this.exporting.set(true);
    try {
      await this.files.download(
        () => firstValueFrom(coverageExport(this.http, this.configuration.rootUrl, { From: period.from, To: period.to })),
        `coverage-${period.from}-${period.to}.csv`
      );
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.exporting.set(false);
    }
  }

  protected reload(): void {
    const period = this.period();
    this.report.set(null);
    this.loading.set(true);
    this.failed.set(null);
    this.api.call(coverageGet, { From: period.from, To: period.to }).subscribe({
      next: report => {
        this.report.set(report);
        this.loading.set(false);
      },
      error: error => {
        this.failed.set(this.notifier.describe(this.notifier.show(error)));
        this.loading.set(false);
      }
    });
  }

  private go(period: Period): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { from: period.from, to: period.to } });
  }
}
