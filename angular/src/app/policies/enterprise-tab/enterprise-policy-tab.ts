import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { policyApplicationGetList } from '../../proxy/fn/policy-application/policy-application-get-list';
import { policyApplicationRecommend } from '../../proxy/fn/policy-application/policy-application-recommend';
import { policyBatchGetList } from '../../proxy/fn/policy-batch/policy-batch-get-list';
import { PolicyApplicationSummaryDto } from '../../proxy/models/policy-application-summary-dto';
import { PolicyBatchDto } from '../../proxy/models/policy-batch-dto';
import { policyAssessmentAssess } from '../../proxy/fn/policy-assessment/policy-assessment-assess';
import { policyAssessmentGet } from '../../proxy/fn/policy-assessment/policy-assessment-get';
import { policyAssessmentGetList } from '../../proxy/fn/policy-assessment/policy-assessment-get-list';
import { PolicyAssessmentDto } from '../../proxy/models/policy-assessment-dto';
import { PolicyAssessmentSummaryDto } from '../../proxy/models/policy-assessment-summary-dto';
import { parseDateOnly, shanghaiToday, toDate } from '../../shared/format/date-only';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { LoadFailed } from '../../shared/ui/load-failed';
import { createFactsForm, fillFactsForm, toFacts } from '../shared/facts-form';
import { outcomeColor, versionInForce } from '../shared/policy-format';
import { PolicyEvaluationView } from '../shared/policy-evaluation';
import { PolicyFactsForm } from '../shared/policy-facts-form';
import { problemMessages } from '../shared/problem-messages';
import { ProgrammeStore } from '../shared/programme-store';
import { stageColor } from '../pipeline/pipeline-logic';
import { EnterpriseTitles } from './enterprise-titles';

/**
 * 政策 on the enterprise page: its stored assessments (newest first), each opened with the criteria as they came out
 * then and the facts used; "assess now" (Cultivation.Policies.Assess) for a programme on a date, starting from the
 * facts of the latest assessment.
 */
@Component({
  selector: 'app-enterprise-policy-tab',
  imports: [
    ReactiveFormsModule, FormsModule, RouterLink, NzInputModule, NzModalModule, NzAlertModule, NzButtonModule, NzDatePickerModule, NzDrawerModule, NzFormModule, NzIconModule, NzSelectModule,
    NzSkeletonModule, NzTableModule, NzTagModule, TranslatePipe, EnumLabelPipe, AppDatePipe, LoadFailed, PolicyEvaluationView, PolicyFactsForm, EnterpriseTitles
  ],
  template: `
    @if (loadError(); as message) {
      <app-load-failed [title]="'pol.loadFailed' | t" [message]="message" (retry)="load()" />
    } @else {
      <app-enterprise-titles [enterpriseId]="enterpriseId()" />
      @if (canSeeApplications()) {
        <div class="toolbar">
          <h3>{{ 'appl.enterpriseApplications' | t }}</h3>
          @if (canRecommend()) {
            <button nz-button (click)="openRecommend(null)" data-testid="recommend">{{ 'appl.recommend' | t }}</button>
          }
        </div>
        <nz-table [nzData]="applications() ?? []" [nzLoading]="applications() === null" [nzShowPagination]="false" [nzFrontPagination]="false"
          nzSize="small" class="block" data-testid="enterprise-applications" [nzNoResult]="noApplications">
          <tbody>
            @for (a of applications(); track a.id) {
              <tr data-testid="enterprise-application-row" [attr.data-stage]="a.stage">
                <td><a [routerLink]="['/policies/applications', a.id]">{{ a.programmeName }} · {{ a.batchName }}</a></td>
                <td><nz-tag [nzColor]="stageColor(a.stage)">{{ a.stage | enumLabel: 'PolicyApplicationStage' }}</nz-tag></td>
                <td>{{ a.recommendedOn | appDate }}</td>
                <td>@if (a.decision) { {{ a.decision | enumLabel: 'PolicyDecision' }} {{ a.decidedOn | appDate }} }</td>
              </tr>
            }
          </tbody>
        </nz-table>
        <ng-template #noApplications><div class="empty">{{ 'appl.noEnterpriseApplications' | t }}</div></ng-template>
      }
      <div class="toolbar">
        <h3>{{ 'pol.assessments' | t }}</h3>
        @if (canAssess()) {
          <button nz-button nzType="primary" (click)="openAssess()" data-testid="assess-now"><nz-icon nzType="plus" /> {{ 'pol.assessNow' | t }}</button>
        }
      </div>
      <nz-table [nzData]="assessments() ?? []" [nzLoading]="assessments() === null" [nzShowPagination]="false" [nzFrontPagination]="false"
        nzSize="middle" data-testid="assessment-table" [nzNoResult]="empty">
        <thead>
          <tr>
            <th>{{ 'pol.programme' | t }}</th>
            <th nzWidth="120px">{{ 'pol.assessmentDate' | t }}</th>
            <th nzWidth="110px">{{ 'pol.version' | t }}</th>
            <th nzWidth="120px">{{ 'pol.outcome' | t }}</th>
            <th nzWidth="170px">{{ 'pol.assessedAt' | t }}</th>
            <th nzWidth="80px"></th>
          </tr>
        </thead>
        <tbody>
          @for (a of assessments(); track a.id) {
            <tr data-testid="assessment-row" [attr.data-outcome]="a.outcome">
              <td>{{ programmeName(a.programmeCode) }}</td>
              <td>{{ a.assessmentDate | appDate }}</td>
              <td>{{ a.ruleSetVersion }}</td>
              <td><nz-tag [nzColor]="outcomeColor(a.outcome)">{{ a.outcome | enumLabel: 'PolicyOutcome' }}</nz-tag></td>
              <td>{{ a.creationTime | appDate: true }}</td>
              <td><button nz-button nzType="link" (click)="open(a)" data-testid="assessment-open">{{ 'pol.open' | t }}</button></td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><div class="empty" data-testid="assessments-empty">{{ 'pol.noAssessments' | t }}</div></ng-template>
    }

    <nz-drawer [nzVisible]="detail() !== null || detailLoading()" [nzWidth]="drawerWidth" [nzTitle]="'pol.detail' | t" (nzOnClose)="closeDetail()">
      <ng-container *nzDrawerContent>
        @if (detail(); as d) {
          <div data-testid="assessment-detail">
            <p class="muted">{{ programmeName(d.programmeCode) }} · {{ 'pol.assessedAt' | t }} {{ d.creationTime | appDate: true }}</p>
            <nz-alert nzType="info" [nzMessage]="'pol.storedNote' | t" class="block" />
            <app-policy-evaluation [evaluation]="d.evaluation" />
            <div class="drawer-actions">
              @if (canAssess()) {
                <button nz-button (click)="openAssess(d)" data-testid="assess-again"><nz-icon nzType="reload" /> {{ 'pol.reuseFacts' | t }}</button>
              }
              @if (canRecommend() && d.outcome === 'Eligible') {
                <button nz-button nzType="primary" (click)="openRecommend(d)" data-testid="recommend-from-assessment">{{ 'appl.recommend' | t }}</button>
              }
            </div>
          </div>
        } @else {
          <nz-skeleton [nzActive]="true" />
        }
      </ng-container>
    </nz-drawer>

    <nz-drawer [nzVisible]="assessing()" [nzWidth]="drawerWidth" [nzTitle]="'pol.assessNow' | t" (nzOnClose)="assessing.set(false)">
      <ng-container *nzDrawerContent>
        <form nz-form nzLayout="vertical" (submit)="$event.preventDefault(); assess()" data-testid="assess-form">
          <nz-alert nzType="info" [nzMessage]="'pol.assessHint' | t" class="block" />
          <div class="head">
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'pol.programme' | t }}</nz-form-label>
              <nz-form-control>
                <nz-select [formControl]="programmeCode" [nzPlaceHolder]="'common.select' | t" data-testid="assess-programme">
                  @for (p of programmes(); track p.id) {
                    <nz-option [nzValue]="p.code" [nzLabel]="i18n.language() === 'en' ? p.englishName : p.name" [nzDisabled]="!versionOn(p.code)" />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'pol.assessmentDate' | t }}</nz-form-label>
              <nz-form-control><nz-date-picker [formControl]="assessmentDate" [nzAllowClear]="false" /></nz-form-control>
            </nz-form-item>
          </div>
          <app-policy-facts-form [form]="facts" [programmes]="programmes()" />
          @if (assessError(); as message) {
            <nz-alert nzType="error" nzShowIcon [nzMessage]="message" class="block" data-testid="assess-error" />
          }
          <button nz-button nzType="primary" type="submit" [nzLoading]="busy()" [disabled]="!programmeCode.value" data-testid="assess-submit">{{ 'pol.assess' | t }}</button>
        </form>
      </ng-container>
    </nz-drawer>

    <nz-modal [nzVisible]="recommending()" [nzTitle]="'appl.recommend' | t" (nzOnCancel)="recommending.set(false)" (nzOnOk)="recommend()" [nzOkLoading]="busy()"
      [nzOkDisabled]="!recommendBatchId">
      <ng-container *nzModalContent>
        <div class="recommend-form" data-testid="recommend-form">
          @if (openBatches().length) {
            <label>{{ 'appl.batch' | t }}</label>
            <nz-select [(ngModel)]="recommendBatchId" [nzPlaceHolder]="'common.select' | t" data-testid="recommend-batch">
              @for (b of openBatches(); track b.id) {
                <nz-option [nzValue]="b.id" [nzLabel]="b.programmeName + ' · ' + b.name" />
              }
            </nz-select>
            @if (recommendAssessment(); as ra) {
              <p class="muted">{{ 'appl.basedOnAssessment' | t: { date: (ra.creationTime | appDate: true) } }}</p>
            }
            <label>{{ 'appl.comment' | t }}</label>
            <textarea nz-input [(ngModel)]="recommendComment" rows="3" maxlength="500" data-testid="recommend-comment"></textarea>
          } @else {
            <p>{{ 'appl.noOpenBatch' | t }}</p>
          }
          @if (recommendError(); as message) { <nz-alert nzType="error" nzShowIcon [nzMessage]="message" data-testid="recommend-error" /> }
        </div>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .drawer-actions { display: flex; gap: 8px; margin-top: 12px; }
    .recommend-form { display: flex; flex-direction: column; gap: 6px; }
    .recommend-form nz-select { width: 100%; }
    .toolbar { display: flex; justify-content: space-between; align-items: center; margin-bottom: 12px; }
    .toolbar h3 { margin: 0; font-size: 15px; font-weight: 600; }
    .empty { padding: 24px; text-align: center; color: rgba(0, 0, 0, 0.45); }
    .muted { color: rgba(0, 0, 0, 0.5); }
    .block { display: block; margin-bottom: 12px; }
    .head { display: grid; grid-template-columns: 2fr 1fr; gap: 12px; }
    .head nz-select, .head nz-date-picker { width: 100%; }
  `
})
export class EnterprisePolicyTab {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly store = inject(ProgrammeStore);
  protected readonly i18n = inject(I18nService);

  readonly enterpriseId = input.required<string>();
  readonly canAssess = input(false);
  readonly canSeeApplications = input(false);
  readonly canRecommend = input(false);

  protected readonly drawerWidth = typeof window !== 'undefined' && window.innerWidth < 960 ? '100%' : 880;
  protected readonly programmes = computed(() => this.store.programmes() ?? []);
  protected readonly assessments = signal<PolicyAssessmentSummaryDto[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly detail = signal<PolicyAssessmentDto | null>(null);
  protected readonly detailLoading = signal(false);
  protected readonly assessing = signal(false);
  protected readonly busy = signal(false);
  protected readonly assessError = signal<string | null>(null);
  protected readonly programmeCode = new FormControl<string | null>(null, Validators.required);
  protected readonly assessmentDate = new FormControl<Date | string | null>(toDate(shanghaiToday()));
  protected facts = createFactsForm(shanghaiToday());
  protected readonly outcomeColor = outcomeColor;
  protected readonly stageColor = stageColor;
  private readonly router = inject(Router);
  protected readonly applications = signal<PolicyApplicationSummaryDto[] | null>(null);
  protected readonly openBatches = signal<PolicyBatchDto[]>([]);
  protected readonly recommending = signal(false);
  protected readonly recommendError = signal<string | null>(null);
  protected readonly recommendAssessment = signal<PolicyAssessmentSummaryDto | null>(null);
  protected recommendBatchId: string | null = null;
  protected recommendComment = '';

  constructor() {
    effect(() => {
      this.enterpriseId();
      untracked(() => void this.load());
    });
  }

  async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const [list] = await Promise.all([firstValueFrom(this.api.call(policyAssessmentGetList, { enterpriseId: this.enterpriseId() })), this.store.load()]);
      this.assessments.set([...(list.items ?? [])].sort((a, b) => b.creationTime.localeCompare(a.creationTime)));
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    }
    if (this.canSeeApplications()) {
      await this.loadApplications();
    }
  }

  private async loadApplications(): Promise<void> {
    try {
      const result = await firstValueFrom(this.api.call(policyApplicationGetList, { EnterpriseId: this.enterpriseId(), MaxResultCount: 50 }));
      this.applications.set(result.items ?? []);
    } catch (error) {
      this.applications.set([]);
      this.notifier.show(error);
    }
  }

  /** Recommend for an open batch; from an eligible assessment, its programme's batch is preselected and the assessment cited. */
  protected async openRecommend(from: PolicyAssessmentSummaryDto | null): Promise<void> {
    this.recommendError.set(null);
    this.recommendComment = '';
    this.recommendAssessment.set(from);
    try {
      const batches = await firstValueFrom(this.api.call(policyBatchGetList, { OpenOnly: true, MaxResultCount: 100 }));
      this.openBatches.set(batches.items ?? []);
    } catch (error) {
      this.notifier.show(error);
      return;
    }
    this.recommendBatchId = (from ? this.openBatches().find(b => b.programmeCode === from.programmeCode)?.id : this.openBatches()[0]?.id) ?? null;
    this.detail.set(null);
    this.recommending.set(true);
  }

  protected async recommend(): Promise<void> {
    if (!this.recommendBatchId) {
      return;
    }
    const batch = this.openBatches().find(b => b.id === this.recommendBatchId);
    const assessment = this.recommendAssessment();
    this.busy.set(true);
    this.recommendError.set(null);
    try {
      const created = await firstValueFrom(this.api.call(policyApplicationRecommend, {
        body: {
          enterpriseId: this.enterpriseId(), batchId: this.recommendBatchId,
          assessmentId: assessment && batch && assessment.programmeCode === batch.programmeCode ? assessment.id : null,
          comment: this.recommendComment.trim() || null
        }
      }));
      this.notifier.success('appl.recommended');
      this.recommending.set(false);
      void this.router.navigate(['/policies/applications', created.id]);
    } catch (error) {
      this.recommendError.set(problemMessages(toProblem(error), this.notifier));
    } finally {
      this.busy.set(false);
    }
  }

  protected programmeName(code: string): string {
    const p = this.programmes().find(x => x.code === code);
    return p ? (this.i18n.language() === 'en' ? p.englishName : p.name) : code;
  }

  protected versionOn(code: string): boolean {
    const p = this.programmes().find(x => x.code === code);
    const date = parseDateOnly(this.assessmentDate.value) ?? shanghaiToday();
    return !!p && versionInForce(p.ruleSets ?? [], date) !== null;
  }

  protected async open(a: PolicyAssessmentSummaryDto): Promise<void> {
    this.detail.set(null);
    this.detailLoading.set(true);
    try {
      this.detail.set(await firstValueFrom(this.api.call(policyAssessmentGet, { enterpriseId: this.enterpriseId(), id: a.id })));
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.detailLoading.set(false);
    }
  }

  protected closeDetail(): void {
    this.detail.set(null);
    this.detailLoading.set(false);
  }

  /** Opens "assess now", starting from a past assessment's facts (the latest one's when none is given). */
  protected async openAssess(from?: PolicyAssessmentDto): Promise<void> {
    this.assessError.set(null);
    this.facts = createFactsForm(shanghaiToday());
    let source = from ?? null;
    const latest = this.assessments()?.[0];
    if (!source && latest) {
      try {
        source = await firstValueFrom(this.api.call(policyAssessmentGet, { enterpriseId: this.enterpriseId(), id: latest.id }));
      } catch {
        source = null;
      }
    }
    if (source) {
      fillFactsForm(this.facts, source.facts);
      this.programmeCode.setValue(source.programmeCode);
    }
    this.assessmentDate.setValue(toDate(shanghaiToday()));
    this.detail.set(null);
    setTimeout(() => this.assessing.set(true));
  }

  protected async assess(): Promise<void> {
    const date = parseDateOnly(this.assessmentDate.value);
    if (!this.programmeCode.value || !date || this.facts.invalid) {
      this.facts.markAllAsTouched();
      this.assessError.set(this.i18n.t('pol.fixFacts'));
      return;
    }
    this.busy.set(true);
    this.assessError.set(null);
    try {
      const saved = await firstValueFrom(this.api.call(policyAssessmentAssess, {
        enterpriseId: this.enterpriseId(),
        body: { programmeCode: this.programmeCode.value, assessmentDate: date, facts: toFacts(this.facts) }
      }));
      this.notifier.success('pol.assessed');
      this.assessing.set(false);
      this.assessments.update(list => [saved, ...(list ?? [])]);
      // Opened once the other drawer has closed: both drawers changing in one pass trips ng-zorro's drawer.
      setTimeout(() => this.detail.set(saved));
    } catch (error) {
      this.assessError.set(problemMessages(toProblem(error), this.notifier));
    } finally {
      this.busy.set(false);
    }
  }
}
