import { Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { debounceTime, firstValueFrom } from 'rxjs';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../core/errors/error-notifier';
import { ApiClient } from '../core/http/api-client';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { auditLogGetList } from '../proxy/fn/audit-log/audit-log-get-list';
import { AuditLogDto } from '../proxy/models/audit-log-dto';
import { AppDatePipe } from '../shared/format/format.pipes';
import { createAuditFilter, rangeToInstants } from './audit-filter';

const PAGE_SIZE = 20;
const ENTITY_TYPES = ['Enterprise', 'AwardRecord', 'EnterpriseFigures', 'EnterpriseContact', 'ContestEdition', 'IndustryField', 'AppUser', 'Investor'];

@Component({
  selector: 'app-entity-change-log',
  imports: [ReactiveFormsModule, NzTableModule, NzTagModule, NzInputModule, NzSelectModule, NzDatePickerModule, TranslatePipe, AppDatePipe],
  templateUrl: './entity-change-log.html',
  styleUrl: './audit-log.scss'
})
export class EntityChangeLog {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  protected readonly filter = createAuditFilter();
  protected readonly entityTypes = ENTITY_TYPES;
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
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    const { userName, entityType, range } = this.filter.getRawValue();
    try {
      const page = await firstValueFrom(
        this.api.call(auditLogGetList, {
          UserName: userName?.trim() || undefined,
          EntityType: entityType ?? undefined,
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
}
