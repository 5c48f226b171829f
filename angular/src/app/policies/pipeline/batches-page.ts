import { Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { policyBatchCreate } from '../../proxy/fn/policy-batch/policy-batch-create';
import { policyBatchGetList } from '../../proxy/fn/policy-batch/policy-batch-get-list';
import { PolicyBatchDto } from '../../proxy/models/policy-batch-dto';
import { parseDateOnly } from '../../shared/format/date-only';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { LoadFailed } from '../../shared/ui/load-failed';
import { PageHeader } from '../../shared/ui/page-header';
import { ProgrammeStore } from '../shared/programme-store';

/** 申报批次: each programme's batches (window, 公示), open ones marked; municipal staff open new ones. */
@Component({
  selector: 'app-batches-page',
  imports: [
    ReactiveFormsModule, RouterLink, NzAlertModule, NzButtonModule, NzDatePickerModule, NzFormModule, NzIconModule, NzInputModule, NzInputNumberModule,
    NzModalModule, NzSelectModule, NzTableModule, NzTagModule, TranslatePipe, AppDatePipe, FieldErrorPipe, LoadFailed, PageHeader
  ],
  template: `
    <app-page-header [title]="'nav.batches' | t" [subtitle]="'appl.batchesSubtitle' | t">
      <a nz-button routerLink="/policies/applications"><nz-icon nzType="file-text" /> {{ 'nav.applications' | t }}</a>
      @if (canManage()) {
        <button nz-button nzType="primary" (click)="openCreate()" data-testid="batch-create"><nz-icon nzType="plus" /> {{ 'appl.newBatch' | t }}</button>
      }
    </app-page-header>
    @if (loadError(); as message) {
      <app-load-failed [title]="'appl.loadFailed' | t" [message]="message" (retry)="load()" />
    } @else {
      <nz-table [nzData]="batches() ?? []" [nzLoading]="batches() === null" [nzShowPagination]="false" [nzFrontPagination]="false" data-testid="batch-table">
        <thead>
          <tr>
            <th>{{ 'pol.programme' | t }}</th>
            <th>{{ 'appl.batchName' | t }}</th>
            <th nzWidth="220px">{{ 'appl.window' | t }}</th>
            <th nzWidth="220px">{{ 'appl.publicity' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (b of batches(); track b.id) {
            <tr data-testid="batch-row" [attr.data-id]="b.id">
              <td>{{ b.programmeName }}</td>
              <td><a [routerLink]="['/policies/batches', b.id]">{{ b.name }}</a> @if (b.isOpen) { <nz-tag nzColor="green">{{ 'appl.batchOpen' | t }}</nz-tag> }</td>
              <td>{{ b.opensOn | appDate }} – {{ b.closesOn | appDate }}</td>
              <td>{{ b.publicityStartsOn ? (b.publicityStartsOn | appDate) + ' – ' + (b.publicityEndsOn | appDate) : '—' }}</td>
            </tr>
          } @empty {
            <tr><td colspan="4" class="empty">{{ 'appl.noBatches' | t }}</td></tr>
          }
        </tbody>
      </nz-table>
    }

    <nz-modal [nzVisible]="creating()" [nzTitle]="'appl.newBatch' | t" (nzOnCancel)="creating.set(false)" [nzFooter]="null" nzWidth="640px">
      <ng-container *nzModalContent>
        @if (submission.formError(); as message) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="message" class="block" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="create()" data-testid="batch-form">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'pol.programme' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select formControlName="programmeId" data-testid="batch-programme">
                @for (p of programmes(); track p.id) {
                  <nz-option [nzValue]="p.id" [nzLabel]="i18n.language() === 'en' ? p.englishName : p.name" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <div class="row">
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'appl.batchName' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip"><input nz-input formControlName="name" maxlength="100" data-testid="batch-name" /></nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'appl.year' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip"><nz-input-number formControlName="year" [nzMin]="2000" [nzMax]="2100" /></nz-form-control>
            </nz-form-item>
          </div>
          <div class="row">
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'appl.opensOn' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip"><nz-date-picker formControlName="opensOn" data-testid="batch-opens" /></nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'appl.closesOn' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip"><nz-date-picker formControlName="closesOn" data-testid="batch-closes" /></nz-form-control>
            </nz-form-item>
          </div>
          <div class="row">
            <nz-form-item>
              <nz-form-label>{{ 'appl.publicityStartsOn' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip"><nz-date-picker formControlName="publicityStartsOn" /></nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label>{{ 'appl.publicityEndsOn' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip"><nz-date-picker formControlName="publicityEndsOn" /></nz-form-control>
            </nz-form-item>
          </div>
          <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
          <button nz-button nzType="primary" type="submit" [nzLoading]="submission.saving()" data-testid="batch-save">{{ 'common.save' | t }}</button>
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .empty { text-align: center; color: rgba(0, 0, 0, 0.45); padding: 24px; }
    .row { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
    .row nz-date-picker, .row nz-input-number { width: 100%; }
    .block { display: block; margin-bottom: 12px; }
  `
})
export class BatchesPage {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  private readonly store = inject(ProgrammeStore);
  protected readonly i18n = inject(I18nService);

  protected readonly batches = signal<PolicyBatchDto[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly creating = signal(false);
  protected readonly programmes = computed(() => this.store.programmes() ?? []);
  protected readonly canManage = computed(() => this.session.granted().has(Permissions.policyApplications.manageBatches));
  protected readonly form = new FormGroup({
    programmeId: new FormControl<string | null>(null, Validators.required),
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    year: new FormControl<number>(new Date().getFullYear(), { nonNullable: true, validators: Validators.required }),
    opensOn: new FormControl<Date | null>(null, Validators.required),
    closesOn: new FormControl<Date | null>(null, Validators.required),
    publicityStartsOn: new FormControl<Date | null>(null),
    publicityEndsOn: new FormControl<Date | null>(null)
  });
  protected readonly submission = new FormSubmission(this.form, this.notifier);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const result = await firstValueFrom(this.api.call(policyBatchGetList, { MaxResultCount: 200 }));
      this.batches.set(result.items ?? []);
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    }
  }

  protected openCreate(): void {
    void this.store.load();
    this.submission.reset();
    this.form.reset({ year: new Date().getFullYear() });
    this.creating.set(true);
  }

  protected async create(): Promise<void> {
    const v = this.form.getRawValue();
    const created = await this.submission.submit(() => firstValueFrom(this.api.call(policyBatchCreate, {
      body: {
        programmeId: v.programmeId, name: v.name.trim(), year: v.year, opensOn: parseDateOnly(v.opensOn), closesOn: parseDateOnly(v.closesOn),
        publicityStartsOn: parseDateOnly(v.publicityStartsOn), publicityEndsOn: parseDateOnly(v.publicityEndsOn)
      }
    })));
    if (created) {
      this.notifier.success('appl.batchCreated');
      this.creating.set(false);
      this.batches.update(list => [created, ...(list ?? [])]);
    }
  }
}
