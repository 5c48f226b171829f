import { Component, computed, inject } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { BreakpointService } from '../../core/layout/breakpoint.service';
import { importGetList } from '../../proxy/fn/import/import-get-list';
import { ImportKind } from '../../proxy/models/import-kind';
import { ImportStatus } from '../../proxy/models/import-status';
import { ImportBatchDto } from '../../proxy/models/import-batch-dto';
import { IMPORT_KINDS, IMPORT_STATUSES } from '../../shared/domain-enums';
import { AppDatePipe, CountPipe } from '../../shared/format/format.pipes';
import { RoutedList } from '../../shared/list/routed-list';
import { PageHeader } from '../../shared/ui/page-header';
import { IMPORT_STATUS_COLORS } from '../shared/import-state';
import { IMPORT_PAGE_SIZE, ImportListQuery, parseImportListQuery, toImportListApiParams, toImportListParams } from './import-list-query';
import { LoadFailed } from '../../shared/ui/load-failed';

/** The imports a user may see (an officer: their district's), newest first (GET /api/app/imports); filters in the URL. */
@Component({
  selector: 'app-import-list-page',
  imports: [LoadFailed, 
    RouterLink, NgTemplateOutlet, FormsModule, NzTableModule, NzButtonModule, NzIconModule, NzTagModule, NzEmptyModule, NzSelectModule, NzSpinModule,
    NzPaginationModule, TranslatePipe, EnumLabelPipe, AppDatePipe, CountPipe, PageHeader
  ],
  templateUrl: './import-list-page.html',
  styleUrl: './import-list-page.scss'
})
export class ImportListPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly errors = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  protected readonly narrow = inject(BreakpointService).isNarrow;

  protected readonly kinds = IMPORT_KINDS;
  protected readonly statuses = IMPORT_STATUSES;
  protected readonly colors = IMPORT_STATUS_COLORS;
  protected readonly pageSize = IMPORT_PAGE_SIZE;
  protected readonly canCreate = computed(() => this.session.granted().has(Permissions.imports.create));
  private readonly list = new RoutedList<ImportListQuery, ImportBatchDto>(this.route.snapshot.queryParams, {
    params: this.route.queryParams,
    parse: parseImportListQuery,
    load: query => this.api.call(importGetList, toImportListApiParams(query)),
    describeError: error => this.errors.describe(this.errors.show(error))
  });
  protected readonly query = this.list.query;
  protected readonly state = this.list.state;
  protected readonly items = this.list.items;
  protected readonly total = this.list.total;
  protected readonly pageIndex = computed(() => Math.floor(this.query().skipCount / IMPORT_PAGE_SIZE) + 1);
  protected readonly filtered = computed(() => this.query().kind !== null || this.query().status !== null);

  protected setKind(kind: ImportKind | null): void {
    this.navigate({ ...this.query(), kind, skipCount: 0 });
  }

  protected setStatus(status: ImportStatus | null): void {
    this.navigate({ ...this.query(), status, skipCount: 0 });
  }

  protected onPageIndexChange(index: number): void {
    this.navigate({ ...this.query(), skipCount: (index - 1) * IMPORT_PAGE_SIZE });
  }

  protected refresh(): void {
    this.list.reload();
  }

  private navigate(query: ImportListQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toImportListParams(query) });
  }
}
