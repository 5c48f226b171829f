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
import { publishedProfileExpressInterest } from '../../proxy/fn/published-profile/published-profile-express-interest';
import { ExpressInterestResultDto } from '../../proxy/models/express-interest-result-dto';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { blankToNull } from '../../shared/ui/form-helpers';

export const INTEREST_MESSAGE_MAX = 500;

/** 表达对接意向: an optional message; the district officer is told and asks the enterprise. */
@Component({
  selector: 'app-express-interest-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="'publishedProfile.interestTitle' | t" [nzFooter]="footer" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <p class="interest-intro">{{ 'publishedProfile.interestIntro' | t }}</p>
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" data-testid="interest-error" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="send()" id="express-interest-form">
          <nz-form-item>
            <nz-form-label nzFor="interestMessage">{{ 'publishedProfile.interestMessage' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea nz-input id="interestMessage" formControlName="message" rows="4" [maxlength]="maxLength" data-testid="interest-message"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" form="express-interest-form" [nzLoading]="submission.saving()" data-testid="interest-send">
          {{ 'publishedProfile.expressInterest' | t }}
        </button>
      </ng-template>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `,
  styles: `.interest-intro { color: rgba(0, 0, 0, 0.65); }`
})
export class ExpressInterestModal {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly profileId = input.required<string>();
  readonly closed = output<void>();
  /** Sent, or refused because the institution already expressed interest (Cultivation:10007): either way it is expressed. */
  readonly sent = output<ExpressInterestResultDto | null>();

  protected readonly maxLength = INTEREST_MESSAGE_MAX;
  protected readonly form = new FormGroup({
    message: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(INTEREST_MESSAGE_MAX)] })
  });
  protected readonly submission = new FormSubmission(this.form, this.notifier);

  protected async send(): Promise<void> {
    const result = await this.submission.submit(() =>
      firstValueFrom(this.api.call(publishedProfileExpressInterest, { id: this.profileId(), body: { message: blankToNull(this.form.getRawValue().message) } }))
    );
    if (result) {
      this.notifier.success('publishedProfile.interestSent');
      this.sent.emit(result);
    }
  }
}
