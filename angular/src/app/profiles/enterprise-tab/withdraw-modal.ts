import { Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { ApiClient } from '../../core/http/api-client';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { projectProfileWithdraw } from '../../proxy/fn/project-profile/project-profile-withdraw';
import { ProjectProfileDto } from '../../proxy/models/project-profile-dto';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { blankToNull } from '../../shared/ui/form-helpers';
import { ProfileLimits } from './profile-form';

/** Takes a published profile out of the search, with the reason the officer gives. */
@Component({
  selector: 'app-withdraw-profile-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe, ConflictAlert],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="'profile.withdrawTitle' | t" [nzFooter]="footer" (nzOnCancel)="closed.emit()" [nzMaskClosable]="false">
      <ng-container *nzModalContent>
        @if (submission.conflict()) {
          <app-conflict-alert (reload)="saved.emit(null)" />
        }
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" id="withdraw-profile-form">
          <nz-form-item>
            <nz-form-label nzFor="withdrawReason">{{ 'profile.withdrawReason' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea nz-input id="withdrawReason" formControlName="reason" rows="3" [maxlength]="maxLength" data-testid="withdraw-reason"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" nzDanger type="submit" form="withdraw-profile-form" [nzLoading]="submission.saving()" data-testid="withdraw-save">
          {{ 'profile.withdraw' | t }}
        </button>
      </ng-template>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `
})
export class WithdrawProfileModal {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly profile = input.required<ProjectProfileDto>();
  readonly closed = output<void>();
  readonly saved = output<ProjectProfileDto | null>();

  protected readonly maxLength = ProfileLimits.withdrawReason;
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(ProfileLimits.withdrawReason)] })
  });
  protected readonly submission = new FormSubmission(this.form, this.notifier);

  protected async save(): Promise<void> {
    const profile = this.profile();
    const result = await this.submission.submit(() =>
      firstValueFrom(this.api.call(projectProfileWithdraw, {
        id: profile.id,
        body: { reason: blankToNull(this.form.getRawValue().reason), concurrencyStamp: profile.concurrencyStamp ?? null }
      }))
    );
    if (result) {
      this.notifier.success('profile.withdrawn');
      this.saved.emit(result);
    }
  }
}
