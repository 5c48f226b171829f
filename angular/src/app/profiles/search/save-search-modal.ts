import { Component, OnInit, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { ApiClient } from '../../core/http/api-client';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { savedSearchCreate } from '../../proxy/fn/saved-search/saved-search-create';
import { savedSearchUpdate } from '../../proxy/fn/saved-search/saved-search-update';
import { SavedSearchDto } from '../../proxy/models/saved-search-dto';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { SearchCriteria } from './profile-search-query';

export const SAVED_SEARCH_NAME_MAX = 64;

/** 保存此搜索 (a new saved search from the current criteria) or 重命名 (an existing one, criteria kept). */
@Component({
  selector: 'app-save-search-modal',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzCheckboxModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe, ConflictAlert],
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="(existing() ? 'profileSearch.rename' : 'profileSearch.saveTitle') | t" [nzFooter]="footer" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        @if (submission.conflict()) {
          <app-conflict-alert (reload)="saved.emit(null)" />
        }
        @if (submission.formError(); as formError) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="formError" class="form-alert" />
        }
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" id="save-search-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="savedSearchName">{{ 'profileSearch.name' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <input nz-input id="savedSearchName" formControlName="name" [maxlength]="maxLength" data-testid="saved-search-name" />
            </nz-form-control>
          </nz-form-item>
          <label nz-checkbox formControlName="alertsEnabled" data-testid="saved-search-alerts">{{ 'profileSearch.alerts' | t }}</label>
        </form>
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ 'common.cancel' | t }}</button>
        <button nz-button nzType="primary" type="submit" form="save-search-form" [nzLoading]="submission.saving()" data-testid="saved-search-save">
          {{ 'common.save' | t }}
        </button>
      </ng-template>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control | fieldError }}</ng-template>
  `
})
export class SaveSearchModal implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  /** The criteria of a new saved search. */
  readonly criteria = input<SearchCriteria | null>(null);
  /** The saved search being renamed. */
  readonly existing = input<SavedSearchDto | null>(null);
  readonly suggestedName = input('');
  readonly closed = output<void>();
  readonly saved = output<SavedSearchDto | null>();

  protected readonly maxLength = SAVED_SEARCH_NAME_MAX;
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(SAVED_SEARCH_NAME_MAX)] }),
    alertsEnabled: new FormControl(true, { nonNullable: true })
  });
  protected readonly submission = new FormSubmission(this.form, this.notifier);

  ngOnInit(): void {
    const existing = this.existing();
    this.form.reset({ name: existing?.name ?? this.suggestedName().slice(0, SAVED_SEARCH_NAME_MAX), alertsEnabled: existing?.alertsEnabled ?? true });
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const existing = this.existing();
    const result = await this.submission.submit(() => {
      if (existing) {
        return firstValueFrom(this.api.call(savedSearchUpdate, {
          id: existing.id,
          body: { name: value.name.trim(), criteria: existing.criteria, alertsEnabled: value.alertsEnabled, concurrencyStamp: existing.concurrencyStamp }
        }));
      }
      return firstValueFrom(this.api.call(savedSearchCreate, {
        body: { name: value.name.trim(), criteria: this.criteria() ?? {}, alertsEnabled: value.alertsEnabled, concurrencyStamp: null }
      }));
    });
    if (result) {
      this.notifier.success(existing ? 'common.saved' : 'profileSearch.savedSearch');
      this.saved.emit(result);
    }
  }
}
