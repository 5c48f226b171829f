import { Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { ImportGetRows$Params, importGetRows } from '../../proxy/fn/import/import-get-rows';
import { ImportBatchDto } from '../../proxy/models/import-batch-dto';
import { ImportRowDto } from '../../proxy/models/import-row-dto';
import { ImportRowStatus } from '../../proxy/models/import-row-status';
import { IMPORT_ROW_STATUSES } from '../../shared/domain-enums';
import { ROW_STATUS_COLORS, enterpriseIdOf } from '../shared/import-state';
import { LocalizedPipe, MessageTextPipe } from '../shared/import-text.pipes';
import { RowResolution } from './row-resolution';
import { LoadFailed } from '../../shared/ui/load-failed';

export type RowFilter = 'all' | 'review' | ImportRowStatus;
export const ROWS_PAGE_SIZE = 20;

/** The API query of a filter and page of the row report. */
export function rowsQuery(batchId: string, filter: RowFilter, pageIndex: number): ImportGetRows$Params {
  return {
    id: batchId,
    Status: filter === 'all' || filter === 'review' ? undefined : filter,
    NeedsReview: filter === 'review' ? true : undefined,
    SkipCount: (pageIndex - 1) * ROWS_PAGE_SIZE,
    MaxResultCount: ROWS_PAGE_SIZE
  };
}

/**
 * The per-row report and preview of an import (GET /api/app/imports/{id}/rows): each row's status and action,
 * its messages (with the column), the changes old → new per field, and the choice for rows to review.
 */
@Component({
  selector: 'app-import-rows',
  imports: [LoadFailed, 
    RouterLink, FormsModule, NzRadioModule, NzTagModule, NzPaginationModule, NzSpinModule, NzEmptyModule, NzButtonModule, TranslatePipe,
    EnumLabelPipe, LocalizedPipe, MessageTextPipe, RowResolution
  ],
  templateUrl: './import-rows.html',
  styleUrl: './import-rows.scss'
})
export class ImportRows {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly i18n = inject(I18nService);

  readonly batch = input.required<ImportBatchDto>();
  /** Bumped by the page when the rows may have changed. */
  readonly version = input(0);
  readonly canResolve = input(false);
  readonly resolved = output<ImportBatchDto>();

  protected readonly statuses = IMPORT_ROW_STATUSES;
  protected readonly colors = ROW_STATUS_COLORS;
  protected readonly pageSize = ROWS_PAGE_SIZE;
  protected readonly filter = signal<RowFilter>('all');
  protected readonly pageIndex = signal(1);
  protected readonly rows = signal<ImportRowDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly committed = computed(() => ['Committed', 'PartiallyReverted'].includes(this.batch().status));

  constructor() {
    effect(() => {
      this.version();
      // The server writes the values (企业组, 浦东新区 …) in the request's language: a switch reloads them.
      this.i18n.language();
      const query = rowsQuery(this.batch().id, this.filter(), this.pageIndex());
      untracked(() => void this.load(query));
    });
  }

  protected setFilter(filter: RowFilter): void {
    this.filter.set(filter);
    this.pageIndex.set(1);
  }

  protected retry(): void {
    void this.load(rowsQuery(this.batch().id, this.filter(), this.pageIndex()));
  }

  /**
   * The row's enterprise: its page when the row names one (a committed row names the enterprise it created), else
   * (a commit made before the server named created enterprises) the list found by credit code.
   */
  protected enterpriseLink(row: ImportRowDto): { path: string[]; query: Record<string, string> | null } | null {
    const id = enterpriseIdOf(row.resolvedEnterpriseId) ?? enterpriseIdOf(row.enterpriseId);
    if (id) {
      return { path: ['/enterprises', id], query: null };
    }
    return this.committed() && row.creditCode && row.action === 'Create' ? { path: ['/enterprises'], query: { keyword: row.creditCode } } : null;
  }

  /** Credit code · district · year, whichever the row has. */
  protected meta(row: ImportRowDto): string {
    const year = row.editionYear ?? row.figuresYear;
    return [row.creditCode, row.districtName, year ? this.i18n.t('import.rowYear', { year }) : null].filter(Boolean).join(' · ');
  }

  private async load(query: ImportGetRows$Params): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await firstValueFrom(this.api.call(importGetRows, query));
      this.rows.set(page.items);
      this.total.set(page.totalCount);
    } catch (error) {
      this.error.set(this.notifier.describe(this.notifier.show(error)));
    } finally {
      this.loading.set(false);
    }
  }
}
