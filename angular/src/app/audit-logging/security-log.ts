import { Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { debounceTime, firstValueFrom } from 'rxjs';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ErrorNotifier } from '../core/errors/error-notifier';
import { ApiClient } from '../core/http/api-client';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { auditLogGetSecurityLogs } from '../proxy/fn/audit-log/audit-log-get-security-logs';
import { SecurityLogDto } from '../proxy/models/security-log-dto';
import { AppDatePipe } from '../shared/format/format.pipes';
import { createAuditFilter, rangeToInstants } from './audit-filter';

const PAGE_SIZE = 20;

@Component({
  selector: 'app-security-log',
  imports: [ReactiveFormsModule, NzTableModule, NzTagModule, NzInputModule, NzDatePickerModule, TranslatePipe, AppDatePipe],
  template: `
    <form class="toolbar" [formGroup]="filter">
      <input nz-input formControlName="userName" class="toolbar-search" [placeholder]="'audit.userName' | t" maxlength="64" />
      <nz-range-picker formControlName="range" />
    </form>
    <nz-table #table [nzData]="items()" [nzFrontPagination]="false" [nzTotal]="total()" [nzPageIndex]="pageIndex()" [nzPageSize]="pageSize"
      [nzLoading]="loading()" (nzPageIndexChange)="changePage($event)" [nzScroll]="{ x: '640px' }" nzSize="small" data-testid="security-table">
      <thead>
        <tr>
          <th nzWidth="170px">{{ 'audit.time' | t }}</th>
          <th>{{ 'audit.userName' | t }}</th>
          <th>{{ 'audit.action' | t }}</th>
          <th>{{ 'audit.clientIp' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (log of table.data; track log.id) {
          <tr>
            <td>{{ log.creationTime | appDate: true }}</td>
            <td>{{ log.userDisplayName }}</td>
            <td><nz-tag [nzColor]="color(log.action)">{{ log.actionDisplayName }}</nz-tag></td>
            <td>{{ log.clientIp ?? '—' }}</td>
          </tr>
        }
      </tbody>
    </nz-table>
  `
})
export class SecurityLog {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  protected readonly filter = createAuditFilter();
  protected readonly items = signal<SecurityLogDto[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly loading = signal(false);
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
    const { userName, range } = this.filter.getRawValue();
    try {
      const page = await firstValueFrom(
        this.api.call(auditLogGetSecurityLogs, {
          UserName: userName?.trim() || undefined,
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

  protected color(action: string | undefined): string {
    return action?.includes('Failed') || action?.includes('Locked') ? 'red' : action?.includes('Succeeded') ? 'green' : 'default';
  }
}
