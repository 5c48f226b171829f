import { Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Observable, map, shareReplay } from 'rxjs';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { SessionService } from '../core/auth/session.service';
import { ApiClient } from '../core/http/api-client';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { policyApplicationGetList } from '../proxy/fn/policy-application/policy-application-get-list';
import { policyApplicationGetSummary } from '../proxy/fn/policy-application/policy-application-get-summary';
import { contestEditionGetList } from '../proxy/fn/contest-edition/contest-edition-get-list';
import { enterpriseGetList } from '../proxy/fn/enterprise/enterprise-get-list';
import { userGetList } from '../proxy/fn/user/user-get-list';
import { coverageGet } from '../proxy/fn/coverage/coverage-get';
import { enterpriseRequestGetList } from '../proxy/fn/enterprise-request/enterprise-request-get-list';
import { followUpPlanGetWorklist } from '../proxy/fn/follow-up-plan/follow-up-plan-get-worklist';
import { notificationGetUnreadCount } from '../proxy/fn/notification/notification-get-unread-count';
import { introductionGetList } from '../proxy/fn/introduction/introduction-get-list';
import { profileSearchSearch } from '../proxy/fn/profile-search/profile-search-search';
import { CoverageReportDto } from '../proxy/models/coverage-report-dto';
import { coverageTotals, presetPeriod } from '../follow-ups/coverage/coverage-model';
import { shanghaiToday } from '../shared/format/date-only';
import { CountPipe, FractionPipe } from '../shared/format/format.pipes';
import { ComingSoonCard } from '../shared/ui/coming-soon-card';
import { CountMetric, metricsFor } from './home-metrics';

type CountState = { value: number | null; failed: boolean };

/** Per role: the counts that matter to it today, and labelled places for what later modules add. */
@Component({
  selector: 'app-home-page',
  imports: [RouterLink, NzCardModule, NzGridModule, NzSkeletonModule, TranslatePipe, CountPipe, FractionPipe, ComingSoonCard],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss'
})
export class HomePage {
  private readonly api = inject(ApiClient);
  protected readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  protected readonly metrics = computed(() => metricsFor(this.session.user()?.roles ?? [], this.session.granted()));
  protected readonly isNaN = Number.isNaN;
  protected readonly counts = signal<Record<string, CountState>>({});
  protected readonly greetingScope = computed(() => {
    const user = this.session.user();
    return user?.districtName ?? user?.institutionName ?? null;
  });

  constructor() {
    effect(() => {
      const metrics = this.metrics();
      untracked(() => {
        for (const metric of metrics) {
          if (metric.kind === 'count' && !(metric.id in this.counts())) {
            this.load(metric);
          }
        }
      });
    });
  }

  protected linkQuery(metric: CountMetric): Record<string, string> | null {
    if (metric.linkQuery) {
      return metric.linkQuery;
    }
    if (!metric.filter) {
      return null;
    }
    const query: Record<string, string> = {};
    for (const [key, value] of Object.entries(metric.filter)) {
      query[key.charAt(0).toLowerCase() + key.slice(1)] = String(value);
    }
    return query;
  }

  private load(metric: CountMetric): void {
    this.counts.update(c => ({ ...c, [metric.id]: { value: null, failed: false } }));
    this.count(metric).subscribe({
      next: value => this.counts.update(c => ({ ...c, [metric.id]: { value, failed: false } })),
      error: () => this.counts.update(c => ({ ...c, [metric.id]: { value: null, failed: true } }))
    });
  }

  /** One coverage report (this year so far) serves both figures taken from it. */
  private coverage: Observable<CoverageReportDto> | null = null;

  private coverageReport(): Observable<CoverageReportDto> {
    if (!this.coverage) {
      const period = presetPeriod('thisYear', shanghaiToday());
      this.coverage = this.api.call(coverageGet, { From: period.from, To: period.to }).pipe(shareReplay({ bufferSize: 1, refCount: false }));
    }
    return this.coverage;
  }

  private count(metric: CountMetric): Observable<number> {
    switch (metric.source) {
      case 'plansDueSoon':
        return this.api.call(followUpPlanGetWorklist, { DueWithinDays: 7, MaxResultCount: 1 }).pipe(map(r => r.totalCount));
      case 'plansOverdue':
        return this.coverageReport().pipe(map(r => coverageTotals(r).overduePlans));
      case 'onScheduleRate':
        // No active plan: no share to show (NaN renders as —).
        return this.coverageReport().pipe(map(r => coverageTotals(r).onScheduleRate ?? Number.NaN));
      case 'myOpenRequests':
        return this.api.call(enterpriseRequestGetList, { Mine: true, Unresolved: true, MaxResultCount: 1 }).pipe(map(r => r.totalCount));
      case 'unreadNotifications':
        return this.api.call(notificationGetUnreadCount, {}).pipe(map(r => r.count));
      case 'enterprises':
        return this.api.call(enterpriseGetList, { ...metric.filter, MaxResultCount: 1 }).pipe(map(r => r.totalCount));
      case 'users':
        return this.api.call(userGetList, { MaxResultCount: 1 }).pipe(map(r => r.totalCount));
      case 'profiles':
        return this.api.call(profileSearchSearch, { MaxResultCount: 1 }).pipe(map(r => r.totalCount));
      case 'introductions':
        return this.api.call(introductionGetList, { MaxResultCount: 1 }).pipe(map(r => r.totalCount));
      case 'editions':
        return this.api.call(contestEditionGetList, {}).pipe(map(r => r.items.length));
      case 'applicationsOpen':
        return this.api.call(policyApplicationGetList, { OpenOnly: true, MaxResultCount: 1 }).pipe(map(r => r.totalCount));
      case 'applicationsAwaitingMunicipal':
        return this.api.call(policyApplicationGetList, { Stage: 'MunicipalReview', MaxResultCount: 1 }).pipe(map(r => r.totalCount));
      case 'applicationsToRecommend':
        return this.api.call(policyApplicationGetSummary, {}).pipe(map(r => r.toRecommend));
    }
  }
}
