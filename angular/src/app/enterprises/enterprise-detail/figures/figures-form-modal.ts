import { Component, OnInit, inject, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { ErrorNotifier } from '../../../core/errors/error-notifier';
import { FormSubmission } from '../../../core/errors/form-submission';
import { ApiClient } from '../../../core/http/api-client';
import { I18nService, ServerKey } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { enterpriseFiguresSet } from '../../../proxy/fn/enterprise-figures/enterprise-figures-set';
import { EnterpriseFiguresDto } from '../../../proxy/models/enterprise-figures-dto';
import { ConflictAlert } from '../../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../../shared/ui/field-error.pipe';
import { AMOUNT_FIELDS, AmountField, COUNT_FIELDS, CountField, createFiguresForm, fillFiguresForm, toFiguresDto } from './figures-form';

export const FIGURES_MIN_YEAR = 1990;

@Component({
  selector: 'app-figures-form-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputNumberModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe, ConflictAlert],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="(figures() ? 'figures.editTitle' : 'figures.createTitle') | t: { year: figures()?.year }" [nzFooter]="footer"
      (nzOnCancel)="closed.emit()" nzWidth="720px" [nzMaskClosable]="false">
      <ng-container *nzModalContent>
        @if (submission.conflict()) {
          <app-conflict-alert (reload)="saved.emit()" />
        }
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" id="figures-form">
          <div class="form-grid">
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'figures.year' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-input-number formControlName="year" [nzMin]="minYear" [nzMax]="maxYear" [nzPrecision]="0" class="full-width" [nzDisabled]="!!figures()" />
              </nz-form-control>
            </nz-form-item>
            @for (field of amountFields; track field) {
              <nz-form-item>
                <nz-form-label>{{ label(field) | t }}（{{ 'figures.unitWan' | t }}）</nz-form-label>
                <nz-form-control [nzErrorTip]="errorTip">
                  <nz-input-number [formControlName]="field" [nzPrecision]="2" [nzStep]="10" class="full-width" />
                </nz-form-control>
              </nz-form-item>
            }
            @for (field of countFields; track field) {
              <nz-form-item>
                <nz-form-label>{{ label(field) | t }}</nz-form-label>
                <nz-form-control [nzErrorTip]="errorTip">
                  <nz-input-number [formControlName]="field" [nzMin]="0" [nzPrecision]="0" class="full-width" />
                </nz-form-control>
              </nz-form-item>
            }
          </div>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" form="figures-form" [nzLoading]="submission.saving()">{{ 'common.save' | t }}</button>
      </ng-template>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `
})
export class FiguresFormModal implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly i18n = inject(I18nService);

  readonly enterpriseId = input.required<string>();
  /** The year's figures to change; null to record a new year. */
  readonly figures = input<EnterpriseFiguresDto | null>(null);
  readonly recordedYears = input<readonly number[]>([]);
  readonly closed = output<void>();
  readonly saved = output<void>();

  protected readonly minYear = FIGURES_MIN_YEAR;
  protected readonly maxYear = new Date().getFullYear();
  protected readonly form = createFiguresForm(this.minYear, this.maxYear);
  protected readonly amountFields = AMOUNT_FIELDS;
  protected readonly countFields = COUNT_FIELDS;
  protected readonly submission = new FormSubmission(this.form, this.notifier);

  ngOnInit(): void {
    const figures = this.figures();
    if (figures) {
      fillFiguresForm(this.form, figures);
    } else {
      const lastYear = this.maxYear - 1;
      this.form.controls.year.setValue(this.recordedYears().includes(lastYear) ? null : lastYear);
    }
  }

  /** The server's name of the field (DisplayName:OperatingRevenue, …). */
  protected label(field: AmountField | CountField): ServerKey {
    return `DisplayName:${field.charAt(0).toUpperCase()}${field.slice(1)}`;
  }

  protected async save(): Promise<void> {
    const year = this.form.controls.year.value;
    if (!this.figures() && year !== null && this.recordedYears().includes(year)) {
      this.form.controls.year.setErrors({ server: this.i18n.t('figures.yearRecorded', { year }) });
      this.form.controls.year.markAsDirty();
      return;
    }
    const saved = await this.submission.submit(() =>
      firstValueFrom(
        this.api.call(enterpriseFiguresSet, {
          enterpriseId: this.enterpriseId(),
          year: year as number,
          body: toFiguresDto(this.form, this.figures()?.concurrencyStamp ?? null)
        })
      )
    );
    if (saved) {
      this.notifier.success('common.saved');
      this.saved.emit();
    }
  }
}
