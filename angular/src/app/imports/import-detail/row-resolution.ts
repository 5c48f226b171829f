import { Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { importResolveRow } from '../../proxy/fn/import/import-resolve-row';
import { ImportBatchDto } from '../../proxy/models/import-batch-dto';
import { ImportRowDto } from '../../proxy/models/import-row-dto';
import { ResolveImportRowInput } from '../../proxy/models/resolve-import-row-input';

/** A choice as one radio value: "use:<enterpriseId>", "create" or "skip". */
export type ResolutionChoice = `use:${string}` | 'create' | 'skip';

export function choiceOf(row: Pick<ImportRowDto, 'resolution' | 'resolvedEnterpriseId'>): ResolutionChoice | null {
  switch (row.resolution) {
    case 'UseExisting':
      return row.resolvedEnterpriseId ? `use:${row.resolvedEnterpriseId}` : null;
    case 'CreateNew':
      return 'create';
    case 'Skip':
      return 'skip';
    default:
      return null;
  }
}

export function inputOf(choice: ResolutionChoice): ResolveImportRowInput {
  if (choice === 'create') {
    return { resolution: 'CreateNew' };
  }
  if (choice === 'skip') {
    return { resolution: 'Skip' };
  }
  return { resolution: 'UseExisting', enterpriseId: choice.slice('use:'.length) };
}

/**
 * A maker team matched by name (edition, team name, lead) needs a person's word:
 * PUT /api/app/imports/{id}/rows/{rowNumber}/resolution — one of the candidates, a new team, or skip the row.
 */
@Component({
  selector: 'app-row-resolution',
  imports: [FormsModule, NzRadioModule, NzButtonModule, TranslatePipe],
  template: `
    <div class="resolution" data-testid="row-resolution">
      <div class="resolution-title">{{ 'import.review.title' | t }}</div>
      <div class="hint">{{ 'import.review.hint' | t }}</div>
      <nz-radio-group [ngModel]="choice()" (ngModelChange)="choice.set($event)" class="choices">
        @for (candidate of row().candidates; track candidate.enterpriseId) {
          <label nz-radio [nzValue]="'use:' + candidate.enterpriseId" data-testid="resolution-candidate">
            {{ 'import.review.useExisting' | t: { name: candidate.name } }}
            <span class="hint">
              {{ 'import.review.candidateMeta' | t: { district: candidate.districtName ?? '—', lead: candidate.leadName ?? '—', years: candidate.editionYears.join('、') } }}
            </span>
          </label>
        }
        <label nz-radio nzValue="create" data-testid="resolution-create">{{ 'import.review.createNew' | t }}</label>
        <label nz-radio nzValue="skip" data-testid="resolution-skip">{{ 'import.review.skip' | t }}</label>
      </nz-radio-group>
      <button nz-button nzType="primary" nzSize="small" (click)="save()" [disabled]="!changed()" [nzLoading]="saving()" data-testid="resolution-save">
        {{ 'import.review.save' | t }}
      </button>
    </div>
  `,
  styles: `
    .resolution { margin-top: 8px; padding: 10px 12px; background: #fff7e6; border-radius: 6px; }
    .resolution-title { font-weight: 600; }
    .choices { display: flex; flex-direction: column; gap: 6px; margin: 8px 0; }
    .choices .hint { margin-left: 4px; font-size: 12px; }
  `
})
export class RowResolution {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly batchId = input.required<string>();
  readonly row = input.required<ImportRowDto>();
  readonly resolved = output<ImportBatchDto>();

  protected readonly choice = linkedSignal<ResolutionChoice | null>(() => choiceOf(this.row()));
  protected readonly changed = computed(() => this.choice() !== null && this.choice() !== choiceOf(this.row()));
  protected readonly saving = signal(false);

  protected async save(): Promise<void> {
    const choice = this.choice();
    if (!choice) {
      return;
    }
    this.saving.set(true);
    try {
      const batch = await firstValueFrom(
        this.api.call(importResolveRow, { id: this.batchId(), rowNumber: this.row().rowNumber, body: inputOf(choice) })
      );
      this.notifier.success('import.review.saved');
      this.resolved.emit(batch);
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.saving.set(false);
    }
  }
}
