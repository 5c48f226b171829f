import { Component, OnInit, inject, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { ErrorNotifier } from '../core/errors/error-notifier';
import { FormSubmission } from '../core/errors/form-submission';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { IndustryFieldDto } from '../proxy/models/industry-field-dto';
import { ConflictAlert } from '../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../shared/ui/field-error.pipe';
import { IndustryCatalogue } from './industry-catalogue';
import { INDUSTRY_LIMITS, createFieldForm, fillFieldForm, toCreateFieldDto, toUpdateFieldDto } from './industry-field-forms';

/** Adds or edits a national category: names, aliases (as tags), the strategic-emerging flag, active or retired. */
@Component({
  selector: 'app-industry-field-modal',
  imports: [
    ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzInputNumberModule, NzSelectModule, NzSwitchModule, NzButtonModule, NzAlertModule,
    TranslatePipe, FieldErrorPipe, ConflictAlert
  ],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="(field() ? 'industry.editField' : 'industry.createField') | t" [nzFooter]="footer" (nzOnCancel)="closed.emit()"
      nzWidth="640px" [nzMaskClosable]="false">
      <ng-container *nzModalContent>
        @if (submission.conflict()) {
          <app-conflict-alert (reload)="closed.emit()" />
        }
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" id="industry-field-form" data-testid="industry-field-form">
          <div class="form-grid">
            <nz-form-item>
              <nz-form-label [nzRequired]="!field()" nzFor="field-code">{{ 'DisplayName:Code' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip" [nzExtra]="field() ? undefined : ('industry.codeHint' | t)">
                @if (field(); as f) {
                  <input nz-input id="field-code" [value]="f.code" disabled />
                } @else {
                  <input nz-input id="field-code" formControlName="code" [maxlength]="limits.code" autocomplete="off" data-testid="industry-field-code" />
                }
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired nzFor="field-name">{{ 'DisplayName:Name' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input nz-input id="field-name" formControlName="name" [maxlength]="limits.name" data-testid="industry-field-name" />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzFor="field-english">{{ 'DisplayName:EnglishName' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input nz-input id="field-english" formControlName="englishName" [maxlength]="limits.name" lang="en" />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzFor="field-order">{{ 'industry.displayOrder' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-input-number nzId="field-order" formControlName="displayOrder" [nzMin]="0" [nzMax]="limits.order" [nzStep]="1" class="full-width" />
              </nz-form-control>
            </nz-form-item>
          </div>
          <nz-form-item>
            <nz-form-label nzFor="field-aliases">{{ 'industry.aliases' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip" [nzExtra]="'industry.aliasesHint' | t">
              <nz-select nzId="field-aliases" nzMode="tags" formControlName="aliases" [nzTokenSeparators]="separators" [nzMaxMultipleCount]="limits.aliases"
X data-testid="industry-field-aliases" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="field-description">{{ 'industry.description' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea nz-input id="field-description" formControlName="description" [maxlength]="limits.description" rows="2"></textarea>
            </nz-form-control>
          </nz-form-item>
          <div class="switches">
            <label><nz-switch formControlName="isStrategicEmerging" /> {{ 'industry.strategic' | t }}</label>
            <label><nz-switch formControlName="isActive" data-testid="industry-field-active" /> {{ 'industry.active' | t }}</label>
          </div>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" form="industry-field-form" [nzLoading]="submission.saving()" data-testid="industry-field-save">
          {{ 'common.save' | t }}
        </button>
      </ng-template>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `,
  styles: `
    .switches { display: flex; flex-wrap: wrap; gap: 24px; }
    .switches label { display: inline-flex; align-items: center; gap: 8px; }
  `
})
export class IndustryFieldModal implements OnInit {
  private readonly catalogue = inject(IndustryCatalogue);
  private readonly notifier = inject(ErrorNotifier);

  /** The field to edit; null to add one. */
  readonly field = input<IndustryFieldDto | null>(null);
  readonly closed = output<void>();
  readonly saved = output<IndustryFieldDto>();

  protected readonly limits = INDUSTRY_LIMITS;
  protected readonly separators = [',', '，', '、', ';', '；'];
  protected form = createFieldForm(true);
  protected submission = new FormSubmission(this.form, this.notifier);

  ngOnInit(): void {
    const field = this.field();
    if (field) {
      this.form = createFieldForm(false);
      this.submission = new FormSubmission(this.form, this.notifier);
      fillFieldForm(this.form, field);
    }
  }

  protected async save(): Promise<void> {
    const field = this.field();
    const saved = await this.submission.submit(() =>
      field ? this.catalogue.updateField(field.id, toUpdateFieldDto(this.form, field.concurrencyStamp)) : this.catalogue.createField(toCreateFieldDto(this.form))
    );
    if (saved) {
      this.notifier.success('common.saved');
      this.saved.emit(saved);
    }
  }
}
