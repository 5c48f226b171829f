import { Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { BreakpointService } from '../../core/layout/breakpoint.service';
import { ReferenceDataService } from '../../core/reference/reference-data.service';
import { enterpriseCreate } from '../../proxy/fn/enterprise/enterprise-create';
import { enterpriseGet } from '../../proxy/fn/enterprise/enterprise-get';
import { enterpriseUpdate } from '../../proxy/fn/enterprise/enterprise-update';
import { EnterpriseDto } from '../../proxy/models/enterprise-dto';
import { todayDateOnly, parseDateOnly } from '../../shared/format/date-only';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { PageHeader } from '../../shared/ui/page-header';
import { normalizeCreditCode } from '../../shared/validators/credit-code';
import { ENTERPRISE_KINDS, GENDERS } from '../../shared/domain-enums';
import { EnterpriseLimits, FIELD_OF_CODE, createEnterpriseForm, fillEnterpriseForm, toCreateDto, toUpdateDto } from './enterprise-form';
import { LocalNamePipe } from '../../shared/format/local-name.pipe';
import { LoadFailed } from '../../shared/ui/load-failed';

/** Create (/enterprises/new) or edit (/enterprises/:id/edit) an enterprise or maker team. */
@Component({
  selector: 'app-enterprise-form-page',
  imports: [LoadFailed, LocalNamePipe, 
    ReactiveFormsModule, NzFormModule, NzInputModule, NzInputNumberModule, NzSelectModule, NzRadioModule, NzDatePickerModule,
    NzButtonModule, NzAlertModule, NzCardModule, NzSpinModule, TranslatePipe, FieldErrorPipe, PageHeader, ConflictAlert
  ],
  templateUrl: './enterprise-form-page.html',
  styleUrl: './enterprise-form-page.scss'
})
export class EnterpriseFormPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  private readonly reference = inject(ReferenceDataService);
  protected readonly i18n = inject(I18nService);
  protected readonly narrow = inject(BreakpointService).isNarrow;

  protected readonly id = this.route.snapshot.paramMap.get('id');
  protected readonly isEdit = this.id !== null;
  protected readonly form = createEnterpriseForm();
  protected readonly limits = EnterpriseLimits;
  protected readonly kinds = ENTERPRISE_KINDS;
  protected readonly genders = GENDERS;
  protected readonly districts = toSignal(this.reference.districts(), { initialValue: [] });
  protected readonly fields = toSignal(this.reference.industryFields(true), { initialValue: [] });

  protected readonly loading = signal(this.isEdit);
  protected readonly loadError = signal<string | null>(null);
  protected readonly submission = new FormSubmission(this.form, this.notifier, FIELD_OF_CODE);
  protected readonly enterprise = signal<EnterpriseDto | null>(null);
  protected readonly isCompany = signal(true);
  protected readonly title = computed(() =>
    this.isEdit ? this.i18n.t('enterprise.editTitle', { name: this.enterprise()?.name ?? '' }) : this.i18n.t('enterprise.createTitle')
  );
  protected readonly disableFuture = (date: Date) => (parseDateOnly(date) ?? '') > todayDateOnly();

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.form.controls.kind.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(kind => this.isCompany.set(kind === 'Company'));
    // 统一社会信用代码 is typed in upper case and half-width, whatever the keyboard sends.
    this.form.controls.creditCode.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(value => {
      const normalized = normalizeCreditCode(value);
      if (normalized !== value) {
        this.form.controls.creditCode.setValue(normalized, { emitEvent: false });
      }
    });
    const districtId = this.session.user()?.districtId;
    if (districtId) {
      // A district officer records enterprises of their own district only.
      this.form.controls.districtId.setValue(districtId);
      this.form.controls.districtId.disable();
    }
    if (this.isEdit) {
      void this.load();
    }
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const enterprise = await firstValueFrom(this.api.call(enterpriseGet, { id: this.id as string }));
      this.enterprise.set(enterprise);
      fillEnterpriseForm(this.form, enterprise);
      this.isCompany.set(enterprise.kind === 'Company');
      this.submission.reset();
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    const saved = await this.submission.submit(() =>
      firstValueFrom(
        this.isEdit
          ? this.api.call(enterpriseUpdate, { id: this.id as string, body: toUpdateDto(this.form, this.enterprise()?.concurrencyStamp ?? null) })
          : this.api.call(enterpriseCreate, { body: toCreateDto(this.form) })
      )
    );
    if (saved) {
      this.notifier.success(this.isEdit ? 'common.saved' : 'enterprise.created');
      this.form.markAsPristine();
      await this.router.navigate(['/enterprises', saved.id]);
    }
  }

  protected cancel(): void {
    void this.router.navigate(this.isEdit ? ['/enterprises', this.id] : ['/enterprises']);
  }
}
