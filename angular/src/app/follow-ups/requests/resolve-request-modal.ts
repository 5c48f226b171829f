import { Component, OnInit, inject, input, output } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { ApiClient } from '../../core/http/api-client';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enterpriseRequestResolve } from '../../proxy/fn/enterprise-request/enterprise-request-resolve';
import { EnterpriseRequestDto } from '../../proxy/models/enterprise-request-dto';
import { parseDateOnly, shanghaiToday, toDate } from '../../shared/format/date-only';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { notInFutureValidator } from '../../shared/validators/form-validators';
import { SERVICE_LIMITS, notBlank } from '../log-service/log-service-form';

/** Not before the day the request was raised (the server's ResolvedBeforeRaised). */
export function notBeforeValidator(earliest: string | null | undefined) {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = parseDateOnly(control.value);
    return earliest && value !== null && value < earliest ? { resolvedBeforeRaised: true } : null;
  };
}

@Component({
  selector: 'app-resolve-request-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzDatePickerModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe, ConflictAlert],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="'request.resolveTitle' | t" [nzFooter]="footer" (nzOnCancel)="closed.emit()" [nzMaskClosable]="false">
      <ng-container *nzModalContent>
        <p class="request-text">{{ request().description }}</p>
        @if (submission.conflict()) {
          <app-conflict-alert (reload)="saved.emit(null)" />
        }
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" id="resolve-request-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="resolution">{{ 'request.resolution' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea nz-input id="resolution" formControlName="resolution" rows="3" [maxlength]="maxLength" data-testid="request-resolution"></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'DisplayName:ResolvedOn' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-date-picker formControlName="resolvedOn" [nzAllowClear]="false" [nzDisabledDate]="disabledDate" class="full-width" />
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" form="resolve-request-form" [nzLoading]="submission.saving()" data-testid="resolve-save">
          {{ 'request.resolve' | t }}
        </button>
      </ng-template>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `,
  styles: `.request-text { white-space: pre-line; color: rgba(0, 0, 0, 0.65); }`
})
export class ResolveRequestModal implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly request = input.required<EnterpriseRequestDto>();
  readonly closed = output<void>();
  readonly saved = output<EnterpriseRequestDto | null>();

  protected readonly maxLength = SERVICE_LIMITS.outcome;
  protected readonly form = new FormGroup({
    resolution: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(SERVICE_LIMITS.outcome), notBlank] }),
    resolvedOn: new FormControl<Date | null>(toDate(shanghaiToday()), { validators: [Validators.required, notInFutureValidator(shanghaiToday)] })
  });
  protected readonly submission = new FormSubmission(this.form, this.notifier);
  protected readonly disabledDate = (date: Date) => {
    const day = parseDateOnly(date) ?? '';
    return day > shanghaiToday() || day < (this.request().raisedOn ?? '');
  };

  ngOnInit(): void {
    this.form.controls.resolvedOn.addValidators(notBeforeValidator(this.request().raisedOn));
  }

  protected async save(): Promise<void> {
    const request = this.request();
    const value = this.form.getRawValue();
    const result = await this.submission.submit(() =>
      firstValueFrom(this.api.call(enterpriseRequestResolve, {
        id: request.id,
        body: { resolution: value.resolution.trim(), resolvedOn: parseDateOnly(value.resolvedOn), concurrencyStamp: request.concurrencyStamp ?? null }
      }))
    );
    if (result) {
      this.notifier.success('request.resolved');
      this.saved.emit(result);
    }
  }
}
