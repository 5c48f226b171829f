import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Observable, firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { isConcurrencyConflict, toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { MessageKey } from '../../core/i18n/messages.zh-CN';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { ApiConfiguration } from '../../proxy/api-configuration';
import { policyApplicationApprove } from '../../proxy/fn/policy-application/policy-application-approve';
import { policyApplicationDecide } from '../../proxy/fn/policy-application/policy-application-decide';
import { policyApplicationGet } from '../../proxy/fn/policy-application/policy-application-get';
import { policyApplicationReceiveMaterial } from '../../proxy/fn/policy-application/policy-application-receive-material';
import { policyApplicationRecordObjection } from '../../proxy/fn/policy-application/policy-application-record-objection';
import { policyApplicationRecordScore } from '../../proxy/fn/policy-application/policy-application-record-score';
import { policyApplicationRejectAtDistrict } from '../../proxy/fn/policy-application/policy-application-reject-at-district';
import { policyApplicationRejectAtMunicipal } from '../../proxy/fn/policy-application/policy-application-reject-at-municipal';
import { policyApplicationResolveObjection } from '../../proxy/fn/policy-application/policy-application-resolve-objection';
import { policyApplicationReturn } from '../../proxy/fn/policy-application/policy-application-return';
import { policyApplicationStartPublicity } from '../../proxy/fn/policy-application/policy-application-start-publicity';
import { policyApplicationSubmit } from '../../proxy/fn/policy-application/policy-application-submit';
import { policyApplicationUploadDocument } from '../../proxy/fn/policy-application/policy-application-upload-document';
import { policyApplicationWithdraw } from '../../proxy/fn/policy-application/policy-application-withdraw';
import { PolicyApplicationDto } from '../../proxy/models/policy-application-dto';
import { parseDateOnly } from '../../shared/format/date-only';
import { AppDatePipe, WanYuanPipe } from '../../shared/format/format.pipes';
import { FileDownload } from '../../shared/download/file-download';
import { LoadFailed } from '../../shared/ui/load-failed';
import { PageHeader } from '../../shared/ui/page-header';
import { problemMessages } from '../shared/problem-messages';
import { applicationActions, materialsComplete, stageColor } from './pipeline-logic';

type StepKind = 'submit' | 'approve' | 'return' | 'rejectAtDistrict' | 'publicity' | 'rejectAtMunicipal' | 'decide' | 'withdraw';

const STEP_TITLES: Record<StepKind, MessageKey> = {
  submit: 'appl.submit',
  approve: 'appl.approve',
  return: 'appl.return',
  rejectAtDistrict: 'appl.rejectAtDistrict',
  publicity: 'appl.startPublicity',
  rejectAtMunicipal: 'appl.rejectAtMunicipal',
  decide: 'appl.decide',
  withdraw: 'appl.withdraw'
};

/**
 * An application (申报): where it stands and until when, the materials checklist (upload a document or mark it received),
 * the experts' scores, the 公示 and its objections, the decision, and its whole history. Each step's button shows at its
 * stage to the role that takes it; the server checks role, district and stage again (409 with the reason otherwise).
 */
@Component({
  selector: 'app-application-page',
  imports: [
    FormsModule, RouterLink, NzAlertModule, NzButtonModule, NzCardModule, NzDatePickerModule, NzDescriptionsModule, NzFormModule, NzIconModule,
    NzInputModule, NzInputNumberModule, NzModalModule, NzRadioModule, NzSkeletonModule, NzTableModule, NzTagModule, NzTimelineModule,
    TranslatePipe, EnumLabelPipe, AppDatePipe, WanYuanPipe, LoadFailed, PageHeader
  ],
  templateUrl: './application-page.html',
  styleUrl: './application-page.scss'
})
export class ApplicationPage {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);
  private readonly configuration = inject(ApiConfiguration);
  private readonly download = inject(FileDownload);
  private readonly route = inject(ActivatedRoute);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  private readonly id = this.route.snapshot.paramMap.get('id') as string;
  protected readonly application = signal<PolicyApplicationDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly actions = computed(() => applicationActions(this.application()?.stage, this.session.granted()));
  protected readonly materialsReady = computed(() => materialsComplete(this.application()?.materials));
  protected readonly stageColor = stageColor;
  protected readonly history = computed(() => [...(this.application()?.history ?? [])].reverse());

  /** The step dialog. */
  protected readonly step = signal<StepKind | null>(null);
  protected readonly stepError = signal<string | null>(null);
  protected comment = '';
  protected onSiteCheckNote = '';
  protected publicityStartsOn: Date | null = null;
  protected publicityEndsOn: Date | null = null;
  protected decision: 'Granted' | 'Rejected' = 'Granted';
  protected amountWan: number | null = null;
  protected reason = '';
  protected readonly stepTitles = STEP_TITLES;
  /** Returning, rejecting and withdrawing say why (the server refuses them without a comment). */
  protected readonly commentRequired = computed(() => ['return', 'rejectAtDistrict', 'rejectAtMunicipal', 'withdraw'].includes(this.step() ?? ''));

  /** Score and objection forms. */
  protected expertName = '';
  protected score: number | null = null;
  protected scoreComment = '';
  protected objectionSummary = '';

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      this.application.set(await firstValueFrom(this.api.call(policyApplicationGet, { id: this.id })));
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    }
  }

  /** Runs a write; what it returns replaces the application; a stale stamp reloads it. */
  private async run(key: string, call: (a: PolicyApplicationDto) => Observable<PolicyApplicationDto>, done: MessageKey): Promise<boolean> {
    const current = this.application();
    if (!current) {
      return false;
    }
    this.busy.set(key);
    try {
      this.application.set(await firstValueFrom(call(current)));
      this.notifier.success(done);
      return true;
    } catch (error) {
      const problem = toProblem(error);
      if (isConcurrencyConflict(problem)) {
        this.notifier.show(error);
        await this.load();
      } else if (this.step()) {
        this.stepError.set(problemMessages(problem, this.notifier));
      } else {
        this.notifier.show(error);
      }
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  protected upload(code: string, event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) {
      return;
    }
    void this.run(`upload-${code}`, a => this.api.call(policyApplicationUploadDocument, {
      id: a.id, itemCode: code, body: { file, concurrencyStamp: a.concurrencyStamp }
    }), 'appl.uploaded');
  }

  protected receive(code: string): void {
    void this.run(`receive-${code}`, a => this.api.call(policyApplicationReceiveMaterial, {
      id: a.id, itemCode: code, body: { note: null, concurrencyStamp: a.concurrencyStamp }
    }), 'appl.received');
  }

  protected async open(documentId: string, fileName: string): Promise<void> {
    const url = `${this.configuration.rootUrl}/api/app/policy-applications/${this.id}/documents/${documentId}`;
    try {
      await this.download.download(() => firstValueFrom(this.http.get(url, { observe: 'response', responseType: 'blob' })), fileName);
    } catch (error) {
      this.notifier.show(error);
    }
  }

  protected async recordScore(): Promise<void> {
    if (!this.expertName.trim() || this.score === null) {
      return;
    }
    const ok = await this.run('score', a => this.api.call(policyApplicationRecordScore, {
      id: a.id, body: { expertName: this.expertName.trim(), score: this.score, comment: this.scoreComment.trim() || null, concurrencyStamp: a.concurrencyStamp }
    }), 'appl.scoreRecorded');
    if (ok) {
      this.expertName = '';
      this.score = null;
      this.scoreComment = '';
    }
  }

  protected async recordObjection(): Promise<void> {
    if (!this.objectionSummary.trim()) {
      return;
    }
    const ok = await this.run('objection', a => this.api.call(policyApplicationRecordObjection, {
      id: a.id, body: { summary: this.objectionSummary.trim(), concurrencyStamp: a.concurrencyStamp }
    }), 'appl.objectionRecorded');
    if (ok) {
      this.objectionSummary = '';
    }
  }

  protected resolveObjection(objectionId: string, outcome: 'Upheld' | 'Dismissed', resolution: string): void {
    if (!resolution.trim()) {
      this.notifier.show(new Error(this.i18n.t('appl.resolutionRequired')));
      return;
    }
    void this.run(`resolve-${objectionId}`, a => this.api.call(policyApplicationResolveObjection, {
      id: a.id, objectionId, body: { outcome, resolution: resolution.trim(), concurrencyStamp: a.concurrencyStamp }
    }), 'appl.objectionResolved');
  }

  protected openStep(kind: StepKind): void {
    const a = this.application();
    this.comment = '';
    this.onSiteCheckNote = '';
    this.decision = 'Granted';
    this.amountWan = null;
    this.reason = '';
    this.publicityStartsOn = null;
    this.publicityEndsOn = null;
    this.stepError.set(null);
    if (a?.publicityStartsOn) {
      this.publicityStartsOn = new Date(`${a.publicityStartsOn}T00:00:00`);
    }
    this.step.set(kind);
  }

  protected async confirmStep(): Promise<void> {
    const kind = this.step();
    if (!kind) {
      return;
    }
    this.stepError.set(null);
    const comment = this.comment.trim() || null;
    const calls: Record<StepKind, (a: PolicyApplicationDto) => Observable<PolicyApplicationDto>> = {
      submit: a => this.api.call(policyApplicationSubmit, { id: a.id, body: { comment, concurrencyStamp: a.concurrencyStamp } }),
      approve: a => this.api.call(policyApplicationApprove, { id: a.id, body: { comment, onSiteCheckNote: this.onSiteCheckNote.trim(), concurrencyStamp: a.concurrencyStamp } }),
      return: a => this.api.call(policyApplicationReturn, { id: a.id, body: { comment, concurrencyStamp: a.concurrencyStamp } }),
      rejectAtDistrict: a => this.api.call(policyApplicationRejectAtDistrict, { id: a.id, body: { comment, concurrencyStamp: a.concurrencyStamp } }),
      publicity: a => this.api.call(policyApplicationStartPublicity, {
        id: a.id, body: { comment, startsOn: parseDateOnly(this.publicityStartsOn), endsOn: parseDateOnly(this.publicityEndsOn), concurrencyStamp: a.concurrencyStamp }
      }),
      rejectAtMunicipal: a => this.api.call(policyApplicationRejectAtMunicipal, { id: a.id, body: { comment, concurrencyStamp: a.concurrencyStamp } }),
      decide: a => this.api.call(policyApplicationDecide, {
        id: a.id,
        body: {
          decision: this.decision,
          amount: this.decision === 'Granted' && this.amountWan !== null ? Math.round(this.amountWan * 1_000_000) / 100 : null,
          reason: this.reason.trim() || null,
          concurrencyStamp: a.concurrencyStamp
        }
      }),
      withdraw: a => this.api.call(policyApplicationWithdraw, { id: a.id, body: { comment, concurrencyStamp: a.concurrencyStamp } })
    };
    if (await this.run(kind, calls[kind], 'appl.stepDone')) {
      this.step.set(null);
    }
  }
}
