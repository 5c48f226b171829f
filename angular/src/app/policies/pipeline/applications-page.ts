import { Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { policyApplicationGetList } from '../../proxy/fn/policy-application/policy-application-get-list';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { RoutedList } from '../../shared/list/routed-list';
import { LoadFailed } from '../../shared/ui/load-failed';
import { PageHeader } from '../../shared/ui/page-header';
import { APPLICATION_PAGE_SIZE, ApplicationQuery, applicationQueryParams, applicationRequest, parseApplicationQuery } from './application-query';
import { STAGES, stageColor } from './pipeline-logic';
import { PolicyApplicationSummaryDto } from '../../proxy/models/policy-application-summary-dto';

/**
 * 扶持申报 list: the applications in the caller's scope (an officer's district, the whole city for municipal staff),
 * filtered by stage, overdue, waiting for me, keyword; a batch page embeds it with its batch fixed.
 */
@Component({
  selector: 'app-applications-list',
  imports: [FormsModule, RouterLink, NzCheckboxModule, NzInputModule, NzSelectModule, NzTableModule, NzTagModule, TranslatePipe, EnumLabelPipe, AppDatePipe, LoadFailed],
  template: `
    @let q = list.query();
    <div class="filters">
      <nz-select [ngModel]="q.stage" (ngModelChange)="navigate({ stage: $event, page: 1 })" nzAllowClear [nzPlaceHolder]="'appl.allStages' | t" data-testid="filter-stage">
        @for (s of stages; track s) {
          <nz-option [nzValue]="s" [nzLabel]="s | enumLabel: 'PolicyApplicationStage'" />
        }
      </nz-select>
      <label nz-checkbox [ngModel]="q.openOnly" (ngModelChange)="navigate({ openOnly: $event, page: 1 })">{{ 'appl.openOnly' | t }}</label>
      <label nz-checkbox [ngModel]="q.overdue" (ngModelChange)="navigate({ overdue: $event, page: 1 })" data-testid="filter-overdue">{{ 'appl.overdueOnly' | t }}</label>
      <label nz-checkbox [ngModel]="q.mine" (ngModelChange)="navigate({ mine: $event, page: 1 })" data-testid="filter-mine">{{ 'appl.mineOnly' | t }}</label>
      <input nz-input class="keyword" [ngModel]="q.keyword" (keyup.enter)="navigate({ keyword: $any($event.target).value || null, page: 1 })" [placeholder]="'appl.keyword' | t" />
    </div>
    @let state = list.state();
    @if (state.status === 'failed') {
      <app-load-failed [title]="'appl.loadFailed' | t" [message]="state.message" (retry)="list.reload()" />
    } @else {
      <nz-table [nzData]="list.items()" [nzLoading]="state.status === 'loading'" [nzFrontPagination]="false" [nzTotal]="list.total()"
        [nzPageSize]="pageSize" [nzPageIndex]="q.page" (nzPageIndexChange)="navigate({ page: $event })" nzSize="middle" data-testid="application-table">
        <thead>
          <tr>
            <th>{{ 'appl.enterprise' | t }}</th>
            <th>{{ 'appl.programmeBatch' | t }}</th>
            <th nzWidth="100px">{{ 'appl.district' | t }}</th>
            <th nzWidth="120px">{{ 'appl.stage' | t }}</th>
            <th nzWidth="120px">{{ 'appl.dueOn' | t }}</th>
            <th nzWidth="90px">{{ 'appl.score' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (a of list.items(); track a.id) {
            <tr data-testid="application-row" [attr.data-stage]="a.stage">
              <td><a [routerLink]="['/policies/applications', a.id]">{{ a.enterpriseName }}</a></td>
              <td>{{ a.programmeName }}<div class="muted">{{ a.batchName }}</div></td>
              <td>{{ a.districtName }}</td>
              <td><nz-tag [nzColor]="stageColor(a.stage)">{{ a.stage | enumLabel: 'PolicyApplicationStage' }}</nz-tag></td>
              <td [class.overdue]="a.isOverdue">{{ a.stageDueOn ? (a.stageDueOn | appDate) : '—' }}@if (a.isOverdue) { · {{ 'appl.overdue' | t }} }</td>
              <td>{{ a.averageScore ?? '—' }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
    }
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin-bottom: 12px; }
    .filters nz-select { min-width: 160px; }
    .keyword { width: 220px; }
    .muted { color: rgba(0, 0, 0, 0.45); font-size: 12px; }
    .overdue { color: #cf1322; }
  `
})
export class ApplicationsList {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);

  /** On a batch's page (route parameter batchId) the batch is fixed. */
  private readonly fixedBatch = this.route.snapshot.paramMap.get('batchId');
  protected readonly stages = STAGES;
  protected readonly pageSize = APPLICATION_PAGE_SIZE;
  protected readonly stageColor = stageColor;

  protected readonly list = new RoutedList<ApplicationQuery, PolicyApplicationSummaryDto>(this.route.snapshot.queryParams, {
    params: this.route.queryParams,
    parse: params => ({ ...parseApplicationQuery(params), ...(this.fixedBatch ? { batchId: this.fixedBatch } : {}) }),
    load: query => this.api.call(policyApplicationGetList, applicationRequest(query)),
    describeError: error => this.notifier.describe(toProblem(error))
  });

  protected navigate(change: Partial<ApplicationQuery>): void {
    const next = { ...this.list.query(), ...change };
    const params = applicationQueryParams(next);
    if (this.fixedBatch) {
      params['batch'] = null;
    }
    void this.router.navigate([], { relativeTo: this.route, queryParams: { ...params, tab: this.route.snapshot.queryParamMap.get('tab') } });
  }
}

/** /policies/applications: the list on a page of its own. */
@Component({
  selector: 'app-applications-page',
  imports: [PageHeader, TranslatePipe, ApplicationsList],
  template: `
    <app-page-header [title]="'nav.applications' | t" [subtitle]="'appl.listSubtitle' | t" />
    <app-applications-list />
  `
})
export class ApplicationsPage {}
