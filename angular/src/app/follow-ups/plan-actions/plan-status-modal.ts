import { Component, computed, inject, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { MessageKey } from '../../core/i18n/messages.zh-CN';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { followUpPlanClose } from '../../proxy/fn/follow-up-plan/follow-up-plan-close';
import { followUpPlanPause } from '../../proxy/fn/follow-up-plan/follow-up-plan-pause';
import { FollowUpPlanDto } from '../../proxy/models/follow-up-plan-dto';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { notBlank } from '../log-service/log-service-form';

/** The server's FollowUpConsts.MaxReasonLength. */
export const MAX_REASON_LENGTH = 256;

const PRESETS: Record<'pause' | 'close', MessageKey[]> = {
  pause: ['followUp.reasonMovedAway', 'followUp.reasonDeclined'],
  close: ['followUp.reasonDissolved', 'followUp.reasonMovedAway', 'followUp.reasonPeriodEnded']
};

/** Pausing or closing a plan needs a reason (moved away, dissolved, …). */
@Component({
  selector: 'app-plan-status-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzButtonModule, NzAlertModule, NzTagModule, TranslatePipe, FieldErrorPipe, ConflictAlert],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="(mode() === 'pause' ? 'followUp.pauseTitle' : 'followUp.closeTitle') | t: { name: plan().enterpriseName }"
      [nzFooter]="footer" (nzOnCancel)="closed.emit()" [nzMaskClosable]="false">
      <ng-container *nzModalContent>
        <p class="hint">{{ (mode() === 'pause' ? 'followUp.pauseHelp' : 'followUp.closeHelp') | t }}</p>
        @if (submission.conflict()) {
          <app-conflict-alert (reload)="saved.emit(null)" />
        }
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" (ngSubmit)="save()" id="plan-status-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="plan-reason">{{ 'DisplayName:Reason' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea nz-input id="plan-reason" [formControl]="reason" rows="2" [maxlength]="maxLength" data-testid="plan-reason"></textarea>
            </nz-form-control>
          </nz-form-item>
          <div class="presets">
            @for (preset of presets(); track preset) {
              <nz-tag class="preset" (click)="usePreset(preset)">{{ preset | t }}</nz-tag>
            }
          </div>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" [nzDanger]="mode() === 'close'" type="submit" form="plan-status-form" [nzLoading]="submission.saving()"
          data-testid="plan-status-save">{{ (mode() === 'pause' ? 'followUp.pause' : 'followUp.close') | t }}</button>
      </ng-template>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `,
  styles: `.presets { display: flex; flex-wrap: wrap; gap: 6px; } .preset { cursor: pointer; margin: 0; }`
})
export class PlanStatusModal {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly i18n = inject(I18nService);

  readonly plan = input.required<FollowUpPlanDto>();
  readonly mode = input.required<'pause' | 'close'>();
  readonly closed = output<void>();
  /** The changed plan, or null when it should be reloaded (someone else changed it). */
  readonly saved = output<FollowUpPlanDto | null>();

  protected readonly maxLength = MAX_REASON_LENGTH;
  protected readonly presets = computed(() => PRESETS[this.mode()]);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(MAX_REASON_LENGTH), notBlank] });
  protected readonly submission = new FormSubmission(this.reason, this.notifier);

  protected usePreset(key: MessageKey): void {
    this.reason.setValue(this.i18n.t(key));
    this.reason.markAsDirty();
  }

  protected async save(): Promise<void> {
    const plan = this.plan();
    const body = { reason: this.reason.value.trim(), concurrencyStamp: plan.concurrencyStamp };
    const change = this.mode() === 'pause' ? followUpPlanPause : followUpPlanClose;
    const result = await this.submission.submit(() => firstValueFrom(this.api.call(change, { id: plan.id, body })));
    if (result) {
      this.notifier.success(this.mode() === 'pause' ? 'followUp.paused' : 'followUp.closed');
      this.saved.emit(result);
    }
  }
}
