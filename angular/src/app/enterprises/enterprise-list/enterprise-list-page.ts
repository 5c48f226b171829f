import { Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { catchError, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule, NzTableSortOrder } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { BreakpointService } from '../../core/layout/breakpoint.service';
import { enterpriseGetList } from '../../proxy/fn/enterprise/enterprise-get-list';
import { ExportFormat } from '../../proxy/models/export-format';
import { PagedResultDtoOfEnterpriseListItemDto } from '../../proxy/models/paged-result-dto-of-enterprise-list-item-dto';
import { AppDatePipe, CountPipe } from '../../shared/format/format.pipes';
import { PageHeader } from '../../shared/ui/page-header';
import { AwardSummaryPipe } from '../shared/award-summary.pipe';
import { IndustryFieldLabel } from '../shared/industry-field-label';
import { EnterpriseExportService } from './enterprise-export.service';
import { EnterpriseFilterBar } from './enterprise-filter-bar';
import { EnterpriseListPrefetch } from './enterprise-list-prefetch';
import {
  EnterpriseFilter,
  EnterpriseListQuery,
  PAGE_SIZES,
  SortableField,
  hasFilter,
  parseListQuery,
  sortOrderOf,
  sortingFor,
  toApiParams,
  toQueryParams
} from './enterprise-list-query';
import { LoadFailed } from '../../shared/ui/load-failed';

type ListState =
  | { status: 'loading'; result: PagedResultDtoOfEnterpriseListItemDto | null }
  | { status: 'ready'; result: PagedResultDtoOfEnterpriseListItemDto }
  | { status: 'failed'; message: string };

@Component({
  selector: 'app-enterprise-list-page',
  imports: [LoadFailed, 
    RouterLink, NgTemplateOutlet, NzTableModule, NzButtonModule, NzIconModule, NzTagModule, NzDropDownModule, NzEmptyModule, NzSpinModule, NzListModule, NzCardModule, NzPaginationModule, TranslatePipe, EnumLabelPipe, AppDatePipe, CountPipe,
    AwardSummaryPipe, PageHeader, EnterpriseFilterBar, IndustryFieldLabel
  ],
  templateUrl: './enterprise-list-page.html',
  styleUrl: './enterprise-list-page.scss'
})
export class EnterpriseListPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly exporter = inject(EnterpriseExportService);
  private readonly errors = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  private readonly prefetched = inject(EnterpriseListPrefetch);
  protected readonly narrow = inject(BreakpointService).isNarrow;

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly query = signal<EnterpriseListQuery>(parseListQuery(this.route.snapshot.queryParams));
  protected readonly state = signal<ListState>({ status: 'loading', result: null });
  protected readonly exporting = signal<ExportFormat | null>(null);
  protected readonly canCreate = computed(() => this.session.granted().has(Permissions.enterprises.create));
  protected readonly canExport = computed(() => this.session.granted().has(Permissions.enterprises.export));
  /** A district officer sees only their district, so that filter would have one choice. */
  protected readonly showDistrictFilter = computed(() => !this.session.user()?.districtId);
  protected readonly result = computed(() => {
    const state = this.state();
    return state.status === 'failed' ? null : state.result;
  });
  protected readonly pageIndex = computed(() => Math.floor(this.query().skipCount / this.query().maxResultCount) + 1);
  protected readonly filtered = computed(() => hasFilter(this.query()));
  protected readonly sortOrderOf = sortOrderOf;

  constructor() {
    this.route.queryParams
      .pipe(
        map(params => parseListQuery(params)),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        tap(query => {
          this.query.set(query);
          this.state.update(s => ({ status: 'loading', result: s.status === 'failed' ? null : s.result }));
        }),
        switchMap(query =>
          (this.prefetched.take(query) ?? this.api.call(enterpriseGetList, toApiParams(query))).pipe(
            map(result => ({ status: 'ready', result }) as ListState),
            catchError(error => of({ status: 'failed', message: this.errors.describe(this.errors.show(error)) } as ListState))
          )
        ),
        takeUntilDestroyed(inject(DestroyRef))
      )
      .subscribe(state => this.state.set(state));
  }

  protected onFilterChange(filter: EnterpriseFilter): void {
    this.navigate({ ...this.query(), ...filter, skipCount: 0 });
  }

  protected onPageIndexChange(index: number): void {
    this.navigate({ ...this.query(), skipCount: (index - 1) * this.query().maxResultCount });
  }

  protected onPageSizeChange(size: number): void {
    this.navigate({ ...this.query(), maxResultCount: size, skipCount: 0 });
  }

  protected onSort(field: SortableField, order: NzTableSortOrder | string | null): void {
    this.navigate({ ...this.query(), sorting: sortingFor(field, order), skipCount: 0 });
  }

  protected retry(): void {
    this.state.set({ status: 'loading', result: null });
    const query = this.query();
    this.api.call(enterpriseGetList, toApiParams(query)).subscribe({
      next: result => this.state.set({ status: 'ready', result }),
      error: error => this.state.set({ status: 'failed', message: this.errors.describe(this.errors.show(error)) })
    });
  }

  protected clearFilters(): void {
    this.navigate({ ...parseListQuery({}), sorting: this.query().sorting, maxResultCount: this.query().maxResultCount });
  }

  protected async export(format: ExportFormat): Promise<void> {
    this.exporting.set(format);
    try {
      await this.exporter.export(format, this.query());
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.exporting.set(null);
    }
  }

  private navigate(query: EnterpriseListQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(query) });
  }
}
