import { Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { ApiClient } from '../../core/http/api-client';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { accountChangePassword } from '../../proxy/fn/account/account-change-password';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { matchesValidator, passwordPolicyValidator } from '../../shared/validators/form-validators';

@Component({
  selector: 'app-change-password-page',
  imports: [ReactiveFormsModule, NzCardModule, NzFormModule, NzInputModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe],
  template: `
    <nz-card [nzTitle]="'account.changePassword' | t" class="narrow-card">
      @if (submission.formError(); as formError) {
        <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
      }
      <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <nz-form-item>
          <nz-form-label nzFor="currentPassword" nzRequired>{{ 'DisplayName:CurrentPassword' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <input nz-input id="currentPassword" type="password" formControlName="currentPassword" autocomplete="current-password" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="newPassword" nzRequired>{{ 'DisplayName:NewPassword' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip" [nzExtra]="'account.passwordRule' | t">
            <input nz-input id="newPassword" type="password" formControlName="newPassword" autocomplete="new-password" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="confirmPassword" nzRequired>{{ 'account.confirmPassword' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <input nz-input id="confirmPassword" type="password" formControlName="confirmPassword" autocomplete="new-password" />
          </nz-form-control>
        </nz-form-item>
        <button nz-button nzType="primary" type="submit" [nzLoading]="submission.saving()">{{ 'common.save' | t }}</button>
      </form>
    </nz-card>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `
})
export class ChangePasswordPage {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  protected readonly form = new FormGroup(
    {
      currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(128)] }),
      newPassword: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(128), passwordPolicyValidator] }),
      confirmPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] })
    },
    { validators: matchesValidator('newPassword', 'confirmPassword') }
  );
  protected readonly submission = new FormSubmission(this.form, this.notifier);

  async submit(): Promise<void> {
    const { currentPassword, newPassword } = this.form.getRawValue();
    const done = await this.submission.submit(async () => {
      await firstValueFrom(this.api.call(accountChangePassword, { body: { currentPassword, newPassword } }));
      return true;
    });
    if (done) {
      this.form.reset();
      this.notifier.success('account.passwordChanged');
    }
  }
}
