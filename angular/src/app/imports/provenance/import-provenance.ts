import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { MessageKey } from '../../core/i18n/messages.zh-CN';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { enterpriseImportProvenanceGet } from '../../proxy/fn/enterprise-import-provenance/enterprise-import-provenance-get';
import { ImportProvenanceDto } from '../../proxy/models/import-provenance-dto';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { LocalizedPipe } from '../shared/import-text.pipes';

/**
 * A field the server has no display name for (its name is its key in both languages, e.g. the award's
 * enterpriseId): a link between records, not a value a person entered. Not listed.
 */
export function isInternalField(item: Pick<ImportProvenanceDto, 'field' | 'fieldName'>): boolean {
  const key = item.field.charAt(0).toLowerCase() + item.field.slice(1);
  return item.fieldName.zh === key && item.fieldName.en === key;
}

/**
 * Which import set each field of an enterprise, its contest entries and yearly figures
 * (GET /api/app/enterprises/{id}/import-provenance); shown above the change history. Nothing when no import did.
 */
@Component({
  selector: 'app-import-provenance',
  imports: [RouterLink, NzTagModule, TranslatePipe, AppDatePipe, LocalizedPipe],
  template: `
    @if (error(); as message) {
      <p class="hint">{{ 'import.provenance.loadFailed' | t }}：{{ message }}</p>
    } @else if (items().length) {
      <section class="provenance" data-testid="import-provenance">
        <h4>{{ 'import.provenance.title' | t }}</h4>
        <div class="hint">{{ 'import.provenance.hint' | t }}</div>
        <div class="provenance-list">
          @for (item of items(); track item.entity + item.entityId + item.field) {
            <div class="provenance-item" data-testid="provenance-item" [attr.data-field]="item.field">
              <span class="provenance-field">{{ entityLabel(item.entity) | t }} · {{ item.fieldName | localized }}</span>
              <span class="provenance-value">{{ item.value ?? '—' }}</span>
              @if (!item.isCurrent) { <nz-tag nzColor="orange">{{ 'import.provenance.changedSince' | t }}</nz-tag> }
              <span class="provenance-source">
                @if (canOpenImports()) {
                  <a [routerLink]="['/imports', item.importBatchId]">{{ 'import.provenance.sourceValue' | t: { file: item.fileName, row: item.rowNumber } }}</a>
                } @else {
                  {{ 'import.provenance.sourceValue' | t: { file: item.fileName, row: item.rowNumber } }}
                }
                · {{ item.committerName ?? '—' }} · {{ item.committedTime | appDate: true }}
              </span>
            </div>
          }
        </div>
      </section>
    }
  `,
  styles: `
    .provenance { margin-bottom: 20px; padding: 12px 16px; background: #f6f8fb; border-radius: 8px; }
    h4 { margin: 0; font-size: 15px; }
    .provenance-list { margin-top: 8px; display: flex; flex-direction: column; gap: 4px; font-size: 13px; }
    .provenance-item { display: flex; flex-wrap: wrap; gap: 2px 10px; align-items: baseline; }
    .provenance-field { color: rgba(0, 0, 0, 0.55); min-width: 160px; }
    .provenance-value { font-weight: 500; word-break: break-all; }
    .provenance-source { color: rgba(0, 0, 0, 0.45); }
  `
})
export class ImportProvenance {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  private readonly i18n = inject(I18nService);

  readonly enterpriseId = input.required<string>();
  /** Bumped by the page after every change. */
  readonly version = input(0);

  protected readonly items = signal<ImportProvenanceDto[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly canOpenImports = computed(() => this.session.granted().has(Permissions.imports.default));

  constructor() {
    effect(() => {
      this.version();
      this.i18n.language(); // values come in the request's language
      const id = this.enterpriseId();
      untracked(() => void this.load(id));
    });
  }

  protected entityLabel(entity: string): MessageKey {
    switch (entity) {
      case 'AwardRecord':
        return 'import.provenance.entity.AwardRecord';
      case 'EnterpriseFigures':
        return 'import.provenance.entity.EnterpriseFigures';
      default:
        return 'import.provenance.entity.Enterprise';
    }
  }

  private async load(enterpriseId: string): Promise<void> {
    try {
      const result = await firstValueFrom(this.api.call(enterpriseImportProvenanceGet, { enterpriseId }));
      this.items.set(result.items.filter(item => !isInternalField(item)));
      this.error.set(null);
    } catch (error) {
      this.error.set(this.notifier.describe(this.notifier.show(error)));
    }
  }
}
