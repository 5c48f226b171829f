import { Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
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
import { enterpriseIncorporate } from '../../proxy/fn/enterprise/enterprise-incorporate';
import { EnterpriseDto } from '../../proxy/models/enterprise-dto';
import { parseDateOnly, todayDateOnly } from '../../shared/format/date-only';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { creditCodeValidator, normalizeCreditCode } from '../../shared/validators/credit-code';
import { notInFutureValidator } from '../../shared/validators/form-validators';
import { FIELD_OF_CODE } from '../enterprise-form/enterprise-form';

/** A maker team registers as a company (POST /incorporate) and keeps its awards and history. */
@Component({
  selector: 'app-incorporate-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzDatePickerModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe, ConflictAlert],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="'enterprise.incorporateTitle' | t" [nzFooter]="footer" (nzOnCancel)="closed.emit()" [nzMaskClosable]="false">
      <ng-container *nzModalContent>
        <p>{{ 'enterprise.incorporateHelp' | t }}</p>
        @if (submission.conflict()) {
          <app-conflict-alert (reload)="closed.emit()" />
        }
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" id="incorporate-form">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'DisplayName:CreditCode' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <input nz-input formControlName="creditCode" maxlength="32" autocomplete="off" (blur)="normalize()" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'DisplayName:IncorporatedOn' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-date-picker formControlName="incorporatedOn" [nzDisabledDate]="disableFuture" class="full-width" />
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" form="incorporate-form" [nzLoading]="submission.saving()">{{ 'enterprise.incorporate' | t }}</button>
      </ng-template>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `
})
export class IncorporateModal {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly enterprise = input.required<EnterpriseDto>();
  readonly closed = output<void>();
  readonly incorporated = output<EnterpriseDto>();

  protected readonly form = new FormGroup({
    creditCode: new FormControl('', { nonNullable: true, validators: [Validators.required, creditCodeValidator] }),
    incorporatedOn: new FormControl<Date | null>(null, [Validators.required, notInFutureValidator()])
  });
  protected readonly submission = new FormSubmission(this.form, this.notifier, FIELD_OF_CODE);
  protected readonly disableFuture = (date: Date) => (parseDateOnly(date) ?? '') > todayDateOnly();

  protected normalize(): void {
    const control = this.form.controls.creditCode;
    control.setValue(normalizeCreditCode(control.value));
  }

  protected async save(): Promise<void> {
    this.normalize();
    const value = this.form.getRawValue();
    const result = await this.submission.submit(() =>
      firstValueFrom(
        this.api.call(enterpriseIncorporate, {
          id: this.enterprise().id,
          body: { creditCode: value.creditCode, incorporatedOn: parseDateOnly(value.incorporatedOn), concurrencyStamp: this.enterprise().concurrencyStamp }
        })
      )
    );
    if (result) {
      this.notifier.success('enterprise.incorporated');
      this.incorporated.emit(result);
    }
  }
}
