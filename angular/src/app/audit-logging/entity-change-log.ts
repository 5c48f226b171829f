import { Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { debounceTime, firstValueFrom } from 'rxjs';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../core/errors/error-notifier';
import { ApiClient } from '../core/http/api-client';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { auditLogGetFilterOptions } from '../proxy/fn/audit-log/audit-log-get-filter-options';
import { auditLogGetList } from '../proxy/fn/audit-log/audit-log-get-list';
import { AuditLogDto } from '../proxy/models/audit-log-dto';
import { AuditLogFilterOptionsDto } from '../proxy/models/audit-log-filter-options-dto';
import { AppDatePipe } from '../shared/format/format.pipes';
import { createChangeFilter, rangeToInstants } from './audit-filter';

const PAGE_SIZE = 20;

/**
 * Who did what to which records: people's actions by default (jobs' activity on request), each named by the server in the
 * reader's language (action, module, records, labels and values), filtered by person, module, action, data type and days.
 */
@Component({
  selector: 'app-entity-change-log',
  imports: [ReactiveFormsModule, NzTableModule, NzTagModule, NzSelectModule, NzSwitchModule, NzDatePickerModule, TranslatePipe, AppDatePipe],
  templateUrl: './entity-change-log.html',
  styleUrl: './audit-log.scss'
})
export class EntityChangeLog {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  protected readonly filter = createChangeFilter();
  protected readonly options = signal<AuditLogFilterOptionsDto>({ users: [], modules: [], actions: [], entityTypes: [] });
  protected readonly items = signal<AuditLogDto[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly loading = signal(false);
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly pageSize = PAGE_SIZE;

  constructor() {
    this.filter.valueChanges.pipe(debounceTime(300), takeUntilDestroyed(inject(DestroyRef))).subscribe(() => {
      this.pageIndex.set(1);
      void this.load();
    });
    void this.loadOptions();
    void this.load();
  }

  private async loadOptions(): Promise<void> {
    try {
      this.options.set(await firstValueFrom(this.api.call(auditLogGetFilterOptions, {})));
    } catch (error) {
      this.notifier.show(error);
    }
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    const { userId, module, action, entityType, range, includeSystem } = this.filter.getRawValue();
    try {
      const page = await firstValueFrom(
        this.api.call(auditLogGetList, {
          UserId: userId ?? undefined,
          Module: module ?? undefined,
          Action: action ?? undefined,
          EntityType: entityType ?? undefined,
          IncludeSystem: includeSystem || undefined,
          ...rangeToInstants(range),
          SkipCount: (this.pageIndex() - 1) * PAGE_SIZE,
          MaxResultCount: PAGE_SIZE
        })
      );
      this.items.set([...(page.items ?? [])]);
      this.total.set(page.totalCount ?? 0);
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected changePage(index: number): void {
    this.pageIndex.set(index);
    void this.load();
  }

  protected toggle(id: string, open: boolean): void {
    const next = new Set(this.expanded());
    if (open) {
      next.add(id);
    } else {
      next.delete(id);
    }
    this.expanded.set(next);
  }

  /** The records an entry touched, by type and name: 企业「某某公司」, 获奖记录. */
  protected records(log: AuditLogDto): string {
    const names = log.entityChanges.map(c => (c.entityDisplayName ? `${c.entityTypeDisplayName}「${c.entityDisplayName}」` : c.entityTypeDisplayName));
    const distinct = [...new Set(names)];
    return distinct.length > 3 ? `${distinct.slice(0, 3).join('、')} …` : distinct.join('、');
  }

  protected color(changeType: string | undefined): string {
    return changeType === 'Created' ? 'green' : changeType === 'Deleted' ? 'red' : 'blue';
  }
}
