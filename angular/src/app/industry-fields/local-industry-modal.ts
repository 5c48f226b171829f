import { Component, OnInit, computed, inject, input, output } from '@angular/core';
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
import { LocalIndustryDto } from '../proxy/models/local-industry-dto';
import { ConflictAlert } from '../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../shared/ui/field-error.pipe';
import { LocalNamePipe } from '../shared/format/local-name.pipe';
import { IndustryCatalogue } from './industry-catalogue';
import { INDUSTRY_LIMITS, createLocalForm, fillLocalForm, toCreateLocalDto, toUpdateLocalDto } from './industry-field-forms';

/** Adds or edits an entry of one of Shanghai's industry systems and the national category it counts as. */
@Component({
  selector: 'app-local-industry-modal',
  imports: [
    ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzInputNumberModule, NzSelectModule, NzSwitchModule, NzButtonModule, NzAlertModule,
    TranslatePipe, FieldErrorPipe, ConflictAlert, LocalNamePipe
  ],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="(local() ? 'industry.editLocal' : 'industry.createLocal') | t" [nzFooter]="footer" (nzOnCancel)="closed.emit()"
      nzWidth="640px" [nzMaskClosable]="false">
      <ng-container *nzModalContent>
        @if (submission.conflict()) {
          <app-conflict-alert (reload)="closed.emit()" />
        }
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" id="local-industry-form" data-testid="local-industry-form">
          <div class="form-grid">
            <nz-form-item>
              <nz-form-label [nzRequired]="!local()" nzFor="local-code">{{ 'DisplayName:Code' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip" [nzExtra]="local() ? undefined : ('industry.codeHint' | t)">
                @if (local(); as l) {
                  <input nz-input id="local-code" [value]="l.code" disabled />
                } @else {
                  <input nz-input id="local-code" formControlName="code" [maxlength]="limits.code" autocomplete="off" data-testid="local-industry-code" />
                }
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired nzFor="local-name">{{ 'industry.localName' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input nz-input id="local-name" formControlName="name" [maxlength]="limits.name" data-testid="local-industry-name" />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired nzFor="local-system">{{ 'industry.system' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input nz-input id="local-system" formControlName="system" [maxlength]="limits.system" list="local-industry-systems" data-testid="local-industry-system" />
                <datalist id="local-industry-systems">
                  @for (system of systems(); track system) { <option [value]="system"></option> }
                </datalist>
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzFor="local-group">{{ 'industry.group' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input nz-input id="local-group" formControlName="group" [maxlength]="limits.group" list="local-industry-groups" data-testid="local-industry-group" />
                <datalist id="local-industry-groups">
                  @for (group of groups(); track group) { <option [value]="group"></option> }
                </datalist>
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired nzFor="local-field">{{ 'industry.mapsTo' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-select nzId="local-field" formControlName="industryFieldId" nzShowSearch [nzPlaceHolder]="'common.select' | t" data-testid="local-industry-field">
                  @for (field of catalogue.fields() ?? []; track field.id) {
                    <nz-option [nzValue]="field.id" [nzLabel]="field | localName" [nzDisabled]="!field.isActive" />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzFor="local-order">{{ 'industry.displayOrder' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-input-number nzId="local-order" formControlName="displayOrder" [nzMin]="0" [nzMax]="limits.order" [nzStep]="1" class="full-width" />
              </nz-form-control>
            </nz-form-item>
          </div>
          <nz-form-item>
            <nz-form-label nzFor="local-source">{{ 'industry.source' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea nz-input id="local-source" formControlName="source" [maxlength]="limits.source" rows="2" [placeholder]="'industry.sourcePlaceholder' | t"></textarea>
            </nz-form-control>
          </nz-form-item>
          <div class="switches">
            <label><nz-switch formControlName="mappingConfirmed" data-testid="local-industry-confirmed" /> {{ 'industry.confirmed' | t }}</label>
            <label><nz-switch formControlName="isActive" /> {{ 'industry.active' | t }}</label>
          </div>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" form="local-industry-form" [nzLoading]="submission.saving()" data-testid="local-industry-save">
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
export class LocalIndustryModal implements OnInit {
  protected readonly catalogue = inject(IndustryCatalogue);
  private readonly notifier = inject(ErrorNotifier);

  /** The entry to edit; null to add one. */
  readonly local = input<LocalIndustryDto | null>(null);
  /** For a new entry: the system and group it is added to. */
  readonly preset = input<{ system: string; group: string | null } | null>(null);
  readonly closed = output<void>();
  readonly saved = output<LocalIndustryDto>();

  protected readonly limits = INDUSTRY_LIMITS;
  protected readonly systems = computed(() => this.catalogue.systems().map(s => s.system));
  protected readonly groups = computed(() => [
    ...new Set(this.catalogue.systems().flatMap(s => s.groups.map(g => g.group)).filter((g): g is string => g !== null))
  ]);
  protected form = createLocalForm(true);
  protected submission = new FormSubmission(this.form, this.notifier);

  ngOnInit(): void {
    const local = this.local();
    if (local) {
      this.form = createLocalForm(false);
      this.submission = new FormSubmission(this.form, this.notifier);
      fillLocalForm(this.form, local);
    } else if (this.preset()) {
      this.form.patchValue({ system: this.preset()?.system ?? '', group: this.preset()?.group ?? '' });
    }
  }

  protected async save(): Promise<void> {
    const local = this.local();
    const saved = await this.submission.submit(() =>
      local ? this.catalogue.updateLocal(local.id, toUpdateLocalDto(this.form, local.concurrencyStamp)) : this.catalogue.createLocal(toCreateLocalDto(this.form))
    );
    if (saved) {
      this.notifier.success('common.saved');
      this.saved.emit(saved);
    }
  }
}
