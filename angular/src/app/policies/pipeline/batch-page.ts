import { Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { policyApplicationGetBoard } from '../../proxy/fn/policy-application/policy-application-get-board';
import { policyBatchGet } from '../../proxy/fn/policy-batch/policy-batch-get';
import { PolicyApplicationBoardDto } from '../../proxy/models/policy-application-board-dto';
import { PolicyBatchDto } from '../../proxy/models/policy-batch-dto';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { LoadFailed } from '../../shared/ui/load-failed';
import { PageHeader } from '../../shared/ui/page-header';
import { ApplicationsList } from './applications-page';
import { stageColor } from './pipeline-logic';

/** A batch (申报批次): its window and 公示 dates, its applications as a board by stage (most urgent first) and as a list. */
@Component({
  selector: 'app-batch-page',
  imports: [
    RouterLink, NzBadgeModule, NzButtonModule, NzCardModule, NzDescriptionsModule, NzIconModule, NzSkeletonModule, NzTabsModule, NzTagModule,
    TranslatePipe, EnumLabelPipe, AppDatePipe, LoadFailed, PageHeader, ApplicationsList
  ],
  template: `
    @if (loadError(); as message) {
      <app-load-failed [title]="'appl.loadFailed' | t" [message]="message" (retry)="load()" />
    } @else if (batch(); as b) {
      <app-page-header [title]="b.programmeName + ' · ' + b.name" backLink="/policies/batches" [backLabel]="'common.back' | t">
        @if (canFunnel()) {
          <a nz-button routerLink="/policies/funnel" [queryParams]="{ programme: b.programmeId, batch: b.id }"><nz-icon nzType="fund" /> {{ 'nav.funnel' | t }}</a>
        }
      </app-page-header>
      <nz-descriptions nzBordered nzSize="small" [nzColumn]="{ xxl: 4, xl: 4, lg: 2, md: 2, sm: 1, xs: 1 }" class="block">
        <nz-descriptions-item [nzTitle]="'appl.window' | t">{{ b.opensOn | appDate }} – {{ b.closesOn | appDate }}
          <nz-tag [nzColor]="b.isOpen ? 'green' : 'default'">{{ (b.isOpen ? 'appl.batchOpen' : 'appl.batchClosed') | t }}</nz-tag></nz-descriptions-item>
        <nz-descriptions-item [nzTitle]="'appl.publicity' | t">{{ b.publicityStartsOn ? (b.publicityStartsOn | appDate) + ' – ' + (b.publicityEndsOn | appDate) : '—' }}</nz-descriptions-item>
        <nz-descriptions-item [nzTitle]="'appl.stageDays' | t" [nzSpan]="2">{{ 'appl.stageDaysValue' | t: { materials: b.materialsDays, district: b.districtReviewDays, municipal: b.municipalReviewDays, decision: b.decisionDays } }}</nz-descriptions-item>
      </nz-descriptions>
      <nz-card>
        <nz-tabs [nzSelectedIndex]="tab() === 'list' ? 1 : 0" (nzSelectedIndexChange)="selectTab($event)">
          <nz-tab [nzTitle]="'appl.board' | t">
            @if (board(); as bd) {
              <div class="board" data-testid="batch-board">
                @for (column of bd.columns; track column.stage) {
                  <div class="column" data-testid="board-column" [attr.data-stage]="column.stage">
                    <div class="column-head">
                      <nz-tag [nzColor]="stageColor(column.stage)">{{ column.stage | enumLabel: 'PolicyApplicationStage' }}</nz-tag>
                      <span class="count" data-testid="column-count">{{ column.count }}</span>
                      @if (column.overdueCount) { <span class="overdue">{{ 'appl.overdueCount' | t: { count: column.overdueCount } }}</span> }
                    </div>
                    @for (card of column.cards; track card.id) {
                      <a class="card" [class.card-overdue]="card.isOverdue" [routerLink]="['/policies/applications', card.id]" data-testid="board-card">
                        <div class="card-name">{{ card.enterpriseName }}</div>
                        <div class="muted">{{ card.districtName }} · {{ card.stageDueOn ? ('appl.due' | t: { date: (card.stageDueOn | appDate) }) : (card.stageEnteredOn | appDate) }}</div>
                        @if (card.averageScore !== null && card.averageScore !== undefined) { <div class="muted">{{ 'appl.score' | t }} {{ card.averageScore }}</div> }
                      </a>
                    }
                    @if (column.count > column.cards.length) {
                      <a class="more" [routerLink]="[]" [queryParams]="{ tab: 'list', stage: column.stage }">{{ 'appl.moreInList' | t: { count: column.count - column.cards.length } }}</a>
                    }
                  </div>
                }
              </div>
            } @else {
              <nz-skeleton [nzActive]="true" />
            }
          </nz-tab>
          <nz-tab [nzTitle]="'appl.list' | t">
            <ng-template nz-tab><app-applications-list /></ng-template>
          </nz-tab>
        </nz-tabs>
      </nz-card>
    } @else {
      <nz-skeleton [nzActive]="true" />
    }
  `,
  styles: `
    .block { display: block; margin-bottom: 16px; }
    .board { display: grid; grid-template-columns: repeat(7, minmax(150px, 1fr)); gap: 10px; overflow-x: auto; }
    .column { background: #fafafa; border-radius: 6px; padding: 8px; min-height: 120px; }
    .column-head { display: flex; align-items: center; gap: 6px; margin-bottom: 8px; }
    .count { font-weight: 600; }
    .overdue { color: #cf1322; font-size: 12px; }
    .card { display: block; background: #fff; border: 1px solid #f0f0f0; border-radius: 4px; padding: 6px 8px; margin-bottom: 6px; color: inherit; }
    .card:hover { border-color: #1677ff; }
    .card-overdue { border-left: 3px solid #cf1322; }
    .card-name { font-weight: 500; }
    .muted { color: rgba(0, 0, 0, 0.45); font-size: 12px; }
    .more { font-size: 12px; }
  `
})
export class BatchPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);

  private readonly batchId = this.route.snapshot.paramMap.get('batchId') as string;
  protected readonly batch = signal<PolicyBatchDto | null>(null);
  protected readonly board = signal<PolicyApplicationBoardDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  private readonly params = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });
  protected readonly tab = computed(() => (this.params().get('tab') === 'list' ? 'list' : 'board'));
  protected readonly canFunnel = computed(() => this.session.granted().has(Permissions.policyApplications.funnel));
  protected readonly stageColor = stageColor;

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const [batch, board] = await Promise.all([
        firstValueFrom(this.api.call(policyBatchGet, { id: this.batchId })),
        firstValueFrom(this.api.call(policyApplicationGetBoard, { BatchId: this.batchId }))
      ]);
      this.batch.set(batch);
      this.board.set(board);
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    }
  }

  protected selectTab(index: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { tab: index === 1 ? 'list' : null }, queryParamsHandling: 'merge', replaceUrl: true });
  }
}
