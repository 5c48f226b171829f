import { Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { isConcurrencyConflict } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { BreakpointService } from '../../core/layout/breakpoint.service';
import { savedSearchDelete } from '../../proxy/fn/saved-search/saved-search-delete';
import { savedSearchGetList } from '../../proxy/fn/saved-search/saved-search-get-list';
import { savedSearchUpdate } from '../../proxy/fn/saved-search/saved-search-update';
import { SavedSearchDto } from '../../proxy/models/saved-search-dto';
import { AppDatePipe } from '../../shared/format/format.pipes';
import { SaveSearchModal } from './save-search-modal';

/** 我的搜索: the caller's saved searches, to run again, rename, switch alerts on or off, or delete. */
@Component({
  selector: 'app-saved-searches-drawer',
  imports: [FormsModule, NzDrawerModule, NzButtonModule, NzIconModule, NzPopconfirmModule, NzSwitchModule, NzEmptyModule, NzSpinModule, TranslatePipe, AppDatePipe, SaveSearchModal],
  template: `
    <nz-drawer [nzVisible]="open()" [nzTitle]="'profileSearch.mySearches' | t" [nzWidth]="breakpoints.isNarrow() ? '100%' : 420" (nzOnClose)="closed.emit()">
      <ng-container *nzDrawerContent>
        <nz-spin [nzSpinning]="loading()">
          @if (!items().length && !loading()) {
            <nz-empty [nzNotFoundContent]="'profileSearch.noSavedSearches' | t" />
          }
          <ul class="saved-list" data-testid="saved-searches">
            @for (item of items(); track item.id) {
              <li class="saved-item" data-testid="saved-search">
                <div class="saved-head">
                  <button nz-button nzType="link" class="saved-name" (click)="run.emit(item)" data-testid="saved-search-run">{{ item.name }}</button>
                </div>
                <div class="saved-meta">{{ item.creationTime | appDate }}</div>
                <div class="saved-actions">
                  <label class="saved-alerts">
                    <nz-switch nzSize="small" [ngModel]="item.alertsEnabled" (ngModelChange)="setAlerts(item, $event)" [nzLoading]="busyId() === item.id"
                      [attr.aria-label]="'profileSearch.alertsToggle' | t" data-testid="saved-search-alerts-toggle" />
                    {{ (item.alertsEnabled ? 'profileSearch.alertsOn' : 'profileSearch.alertsOff') | t }}
                  </label>
                  <button nz-button nzSize="small" (click)="run.emit(item)">{{ 'profileSearch.run' | t }}</button>
                  <button nz-button nzSize="small" (click)="renaming.set(item)">{{ 'profileSearch.rename' | t }}</button>
                  <button nz-button nzSize="small" nzDanger nz-popconfirm [nzPopconfirmTitle]="'profileSearch.deleteConfirm' | t" (nzOnConfirm)="remove(item)">
                    {{ 'common.delete' | t }}
                  </button>
                </div>
              </li>
            }
          </ul>
        </nz-spin>
      </ng-container>
    </nz-drawer>
    @if (renaming(); as item) {
      <app-save-search-modal [existing]="item" (closed)="renaming.set(null)" (saved)="onRenamed($event)" />
    }
  `,
  styles: `
    .saved-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
    .saved-item { border: 1px solid #f0f0f0; border-radius: 8px; padding: 8px 12px; }
    .saved-name { padding: 0; height: auto; font-weight: 600; white-space: normal; text-align: left; }
    .saved-meta { font-size: 12px; color: rgba(0, 0, 0, 0.45); }
    .saved-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 6px; }
    .saved-alerts { display: inline-flex; align-items: center; gap: 6px; margin-right: auto; font-size: 12px; }
  `
})
export class SavedSearchesDrawer {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  protected readonly breakpoints = inject(BreakpointService);

  readonly open = input(false);
  /** Bumped by the page after it saved a search. */
  readonly version = input(0);
  readonly closed = output<void>();
  readonly run = output<SavedSearchDto>();

  protected readonly items = signal<SavedSearchDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly busyId = signal<string | null>(null);
  protected readonly renaming = signal<SavedSearchDto | null>(null);

  constructor() {
    effect(() => {
      const open = this.open();
      this.version();
      if (open) {
        untracked(() => void this.load());
      }
    });
  }

  protected async setAlerts(item: SavedSearchDto, alertsEnabled: boolean): Promise<void> {
    this.busyId.set(item.id);
    try {
      const saved = await firstValueFrom(this.api.call(savedSearchUpdate, {
        id: item.id,
        body: { name: item.name, criteria: item.criteria, alertsEnabled, concurrencyStamp: item.concurrencyStamp }
      }));
      this.replace(saved);
    } catch (error) {
      const problem = this.notifier.show(error);
      if (isConcurrencyConflict(problem)) {
        await this.load();
      } else {
        this.items.update(items => [...items]);
      }
    } finally {
      this.busyId.set(null);
    }
  }

  protected async remove(item: SavedSearchDto): Promise<void> {
    try {
      await firstValueFrom(this.api.call(savedSearchDelete, { id: item.id }));
      this.items.update(items => items.filter(i => i.id !== item.id));
      this.notifier.success('common.deleted');
    } catch (error) {
      this.notifier.show(error);
    }
  }

  protected onRenamed(saved: SavedSearchDto | null): void {
    this.renaming.set(null);
    if (saved) {
      this.replace(saved);
    } else {
      void this.load();
    }
  }

  private replace(saved: SavedSearchDto): void {
    this.items.update(items => items.map(i => (i.id === saved.id ? saved : i)));
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.items.set(await firstValueFrom(this.api.call(savedSearchGetList, {})));
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.loading.set(false);
    }
  }
}
