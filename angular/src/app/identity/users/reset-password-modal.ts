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
import { userResetPassword } from '../../proxy/fn/user/user-reset-password';
import { IdentityUserDto } from '../../proxy/models/identity-user-dto';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { matchesValidator, passwordPolicyValidator } from '../../shared/validators/form-validators';

@Component({
  selector: 'app-reset-password-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="'user.resetPasswordTitle' | t: { name: user().displayName }" [nzFooter]="footer" (nzOnCancel)="closed.emit()" [nzMaskClosable]="false">
      <ng-container *nzModalContent>
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" id="reset-password-form">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'DisplayName:NewPassword' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip" [nzExtra]="'account.passwordRule' | t">
              <input nz-input type="password" formControlName="newPassword" autocomplete="new-password" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'account.confirmPassword' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <input nz-input type="password" formControlName="confirmPassword" autocomplete="new-password" />
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" form="reset-password-form" [nzLoading]="submission.saving()">{{ 'user.resetPassword' | t }}</button>
      </ng-template>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `
})
export class ResetPasswordModal {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly user = input.required<IdentityUserDto>();
  readonly closed = output<void>();
  readonly saved = output<void>();

  protected readonly form = new FormGroup(
    {
      newPassword: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(128), passwordPolicyValidator] }),
      confirmPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] })
    },
    { validators: matchesValidator('newPassword', 'confirmPassword') }
  );
  protected readonly submission = new FormSubmission(this.form, this.notifier);

  protected async save(): Promise<void> {
    const done = await this.submission.submit(async () => {
      await firstValueFrom(this.api.call(userResetPassword, { id: this.user().id, body: { newPassword: this.form.controls.newPassword.value } }));
      return true;
    });
    if (done) {
      this.notifier.success('user.passwordReset');
      this.saved.emit();
    }
  }
}
