import { Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { firstValueFrom, startWith } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { ApiClient } from '../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { MessageKey } from '../../core/i18n/messages.zh-CN';
import { ReferenceDataService } from '../../core/reference/reference-data.service';
import { importUpload } from '../../proxy/fn/import/import-upload';
import { ContestEditionListItemDto } from '../../proxy/models/contest-edition-list-item-dto';
import { ExportFormat } from '../../proxy/models/export-format';
import { ImportKind } from '../../proxy/models/import-kind';
import { IMPORT_KINDS } from '../../shared/domain-enums';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { PageHeader } from '../../shared/ui/page-header';
import { fileSize, isImportableFile } from '../shared/import-state';
import { ImportTemplateService } from '../shared/import-template.service';

function importableFile(control: AbstractControl<File | null>): ValidationErrors | null {
  return control.value && !isImportableFile(control.value.name) ? { importFileType: true } : null;
}

/**
 * Upload a file to import (POST /api/app/imports, multipart): the kind, an optional edition, the file; the
 * server checks size, type and columns at once (errors on the fields), then validates in the background and
 * the report page follows its progress. Each kind's template downloads here.
 */
@Component({
  selector: 'app-import-upload-page',
  imports: [
    ReactiveFormsModule, NzCardModule, NzFormModule, NzRadioModule, NzSelectModule, NzButtonModule, NzIconModule, NzAlertModule, TranslatePipe,
    EnumLabelPipe, FieldErrorPipe, PageHeader
  ],
  templateUrl: './import-upload-page.html',
  styleUrl: './import-upload-page.scss'
})
export class ImportUploadPage {
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  private readonly templates = inject(ImportTemplateService);

  protected readonly kinds = IMPORT_KINDS;
  protected readonly form = new FormGroup({
    kind: new FormControl<ImportKind>('ContestResults', { nonNullable: true, validators: [Validators.required] }),
    editionId: new FormControl<string | null>(null),
    file: new FormControl<File | null>(null, { validators: [Validators.required, importableFile] })
  });
  protected readonly submission = new FormSubmission(this.form, this.notifier);
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges.pipe(startWith(this.form.controls.kind.value)), { requireSync: true });
  /** Yearly figures belong to no edition: the choice is offered for the contest kinds only. */
  protected readonly usesEdition = computed(() => this.kind() !== 'YearlyFigures');
  protected readonly editions = signal<ContestEditionListItemDto[]>([]);
  protected readonly downloading = signal<ExportFormat | null>(null);
  protected readonly size = fileSize;

  constructor() {
    inject(ReferenceDataService).editions().subscribe({ next: editions => this.editions.set(editions), error: error => this.notifier.show(error) });
  }

  protected kindHint(kind: ImportKind): MessageKey {
    return `import.kindHint.${kind}`;
  }

  protected onFileChosen(input: HTMLInputElement): void {
    const control = this.form.controls.file;
    control.setValue(input.files?.[0] ?? null);
    control.markAsDirty();
    control.markAsTouched();
    // The control keeps the file; clearing the input lets the same file be chosen again (e.g. after fixing it).
    input.value = '';
  }

  protected async downloadTemplate(format: ExportFormat): Promise<void> {
    this.downloading.set(format);
    try {
      await this.templates.download(this.form.controls.kind.value, format);
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.downloading.set(null);
    }
  }

  protected async submit(): Promise<void> {
    const { kind, editionId, file } = this.form.getRawValue();
    const edition = this.usesEdition() ? editionId : null;
    const batch = await this.submission.submit(() =>
      firstValueFrom(this.api.call(importUpload, { body: { Kind: kind, EditionId: edition ?? undefined, file: file ?? undefined } }))
    );
    if (batch) {
      await this.router.navigate(['/imports', batch.id]);
    }
  }
}
