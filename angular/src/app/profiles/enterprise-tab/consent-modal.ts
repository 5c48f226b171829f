import { Component, OnInit, inject, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { ApiClient } from '../../core/http/api-client';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { projectProfileRecordConsent } from '../../proxy/fn/project-profile/project-profile-record-consent';
import { ProjectProfileDto } from '../../proxy/models/project-profile-dto';
import { parseDateOnly, shanghaiToday } from '../../shared/format/date-only';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { ConsentForm, ProfileLimits, createConsentForm, toConsentDto } from './profile-form';

/** Records (or updates) the enterprise's consent: who, when, to which of the three uses, and the evidence. */
@Component({
  selector: 'app-consent-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzDatePickerModule, NzCheckboxModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe, ConflictAlert],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="'profile.recordConsent' | t" [nzFooter]="footer" (nzOnCancel)="closed.emit()" [nzMaskClosable]="false">
      <ng-container *nzModalContent>
        @if (submission.conflict()) {
          <app-conflict-alert (reload)="saved.emit(null)" />
        }
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" id="consent-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="consentedBy">{{ 'profile.consentedBy' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <input nz-input id="consentedBy" formControlName="consentedBy" [maxlength]="limits.consentedBy" data-testid="consent-by" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="consentedOn">{{ 'profile.consentedOn' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-date-picker nzId="consentedOn" formControlName="consentedOn" [nzAllowClear]="false" [nzDisabledDate]="disabledDate" class="full-width" />
            </nz-form-control>
          </nz-form-item>
          <fieldset class="consent-scope">
            <legend>{{ 'profile.consentScope' | t }}</legend>
            <label nz-checkbox formControlName="profile" data-testid="consent-profile">{{ 'profile.consentProfile' | t }}</label>
            <label nz-checkbox formControlName="exactFigures" data-testid="consent-figures">{{ 'profile.consentExactFigures' | t }}</label>
            <label nz-checkbox formControlName="contactThroughOfficer" data-testid="consent-contact">{{ 'profile.consentContact' | t }}</label>
          </fieldset>
          <nz-form-item>
            <nz-form-label nzFor="consentNote">{{ 'profile.consentNote' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea nz-input id="consentNote" formControlName="note" rows="2" [maxlength]="limits.consentNote" data-testid="consent-note"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" form="consent-form" [nzLoading]="submission.saving()" data-testid="consent-save">
          {{ 'profile.recordConsent' | t }}
        </button>
      </ng-template>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `,
  styles: `
    .consent-scope { display: flex; flex-direction: column; gap: 6px; margin-bottom: 16px; border: 0; padding: 0; }
    .consent-scope legend { font-size: 14px; margin-bottom: 6px; border: 0; }
    .consent-scope label { margin-left: 0; }
  `
})
export class ConsentModal implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly profile = input.required<ProjectProfileDto>();
  readonly closed = output<void>();
  /** The profile as the server returned it, or null to reload (after a conflict). */
  readonly saved = output<ProjectProfileDto | null>();

  protected readonly limits = ProfileLimits;
  protected form!: ConsentForm;
  protected submission!: FormSubmission;
  protected readonly disabledDate = (date: Date) => (parseDateOnly(date) ?? '') > shanghaiToday();

  ngOnInit(): void {
    this.form = createConsentForm(this.profile());
    this.submission = new FormSubmission(this.form, this.notifier, { 'Cultivation:10006': 'consentedOn' });
  }

  protected async save(): Promise<void> {
    const profile = this.profile();
    const result = await this.submission.submit(() =>
      firstValueFrom(this.api.call(projectProfileRecordConsent, { id: profile.id, body: toConsentDto(this.form, profile.concurrencyStamp ?? null) }))
    );
    if (result) {
      this.notifier.success('profile.consentRecorded');
      this.saved.emit(result);
    }
  }
}
