import { Component, OnInit, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { ErrorNotifier } from '../../../core/errors/error-notifier';
import { FormSubmission } from '../../../core/errors/form-submission';
import { ApiClient } from '../../../core/http/api-client';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { enterpriseContactCreate } from '../../../proxy/fn/enterprise-contact/enterprise-contact-create';
import { enterpriseContactUpdate } from '../../../proxy/fn/enterprise-contact/enterprise-contact-update';
import { EnterpriseContactDto } from '../../../proxy/models/enterprise-contact-dto';
import { ConflictAlert } from '../../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../../shared/ui/field-error.pipe';
import { blankToNull } from '../../../shared/ui/form-helpers';
import { isMaskedValue, keepingMaskedValue, phoneValidator } from '../../../shared/validators/form-validators';

/** Lengths from the server's EnterpriseContactConsts. */
const LIMITS = { name: 64, role: 64, phone: 32, email: 128 } as const;

@Component({
  selector: 'app-contact-form-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzCheckboxModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe, ConflictAlert],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="(contact() ? 'contact.editTitle' : 'contact.createTitle') | t" [nzFooter]="footer" (nzOnCancel)="closed.emit()" [nzMaskClosable]="false">
      <ng-container *nzModalContent>
        @if (submission.conflict()) {
          <app-conflict-alert (reload)="saved.emit()" />
        }
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" id="contact-form">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'contact.name' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip"><input nz-input formControlName="name" [maxlength]="limits.name" /></nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'DisplayName:Role' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip"><input nz-input formControlName="role" [maxlength]="limits.role" /></nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'DisplayName:Phone' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip" [nzExtra]="masked().phone ? ('contact.maskedKeep' | t) : undefined"><input nz-input formControlName="phone" type="tel" [maxlength]="limits.phone" /></nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'DisplayName:Email' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip" [nzExtra]="masked().email ? ('contact.maskedKeep' | t) : undefined"><input nz-input formControlName="email" type="email" [maxlength]="limits.email" /></nz-form-control>
          </nz-form-item>
          <label nz-checkbox formControlName="isPrimary">{{ 'contact.isPrimary' | t }}</label>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" form="contact-form" [nzLoading]="submission.saving()">{{ 'common.save' | t }}</button>
      </ng-template>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `
})
export class ContactFormModal implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly enterpriseId = input.required<string>();
  readonly contact = input<EnterpriseContactDto | null>(null);
  readonly closed = output<void>();
  readonly saved = output<void>();

  protected readonly limits = LIMITS;
  /** Which of the contact's fields the reader sees masked (138****5678). */
  protected readonly masked = signal({ phone: false, email: false });
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(LIMITS.name)] }),
    role: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(LIMITS.role)] }),
    phone: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(LIMITS.phone), phoneValidator] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(LIMITS.email), Validators.email] }),
    isPrimary: new FormControl(false, { nonNullable: true })
  });
  protected readonly submission = new FormSubmission(this.form, this.notifier);

  ngOnInit(): void {
    const contact = this.contact();
    if (contact) {
      this.form.reset({
        name: contact.name ?? '',
        role: contact.role ?? '',
        phone: contact.phone ?? '',
        email: contact.email ?? '',
        isPrimary: contact.isPrimary ?? false
      });
      const { phone, email } = this.form.controls;
      phone.setValidators([Validators.maxLength(LIMITS.phone), keepingMaskedValue(contact.phone, phoneValidator)]);
      email.setValidators([Validators.maxLength(LIMITS.email), keepingMaskedValue(contact.email, Validators.email)]);
      phone.updateValueAndValidity();
      email.updateValueAndValidity();
      this.masked.set({ phone: isMaskedValue(contact.phone), email: isMaskedValue(contact.email) });
    }
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const contact = this.contact();
    const body = {
      name: value.name.trim(),
      role: blankToNull(value.role),
      phone: blankToNull(value.phone),
      email: blankToNull(value.email),
      isPrimary: value.isPrimary,
      concurrencyStamp: contact?.concurrencyStamp ?? null
    };
    const saved = await this.submission.submit(() =>
      firstValueFrom(
        contact
          ? this.api.call(enterpriseContactUpdate, { enterpriseId: this.enterpriseId(), id: contact.id, body })
          : this.api.call(enterpriseContactCreate, { enterpriseId: this.enterpriseId(), body })
      )
    );
    if (saved) {
      this.notifier.success('common.saved');
      this.saved.emit();
    }
  }
}
