import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { isConcurrencyConflict, toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { searchAdminGetStatus } from '../../proxy/fn/search-admin/search-admin-get-status';
import { searchAdminGetSynonyms } from '../../proxy/fn/search-admin/search-admin-get-synonyms';
import { searchAdminRebuild } from '../../proxy/fn/search-admin/search-admin-rebuild';
import { searchAdminUpdateSynonyms } from '../../proxy/fn/search-admin/search-admin-update-synonyms';
import { SearchIndexStatusDto } from '../../proxy/models/search-index-status-dto';
import { AppDatePipe, CountPipe } from '../../shared/format/format.pipes';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { LoadFailed } from '../../shared/ui/load-failed';
import { PageHeader } from '../../shared/ui/page-header';
import { MAX_SYNONYM_LINES, fromSynonymLines, indexHealth, toSynonymLines } from './synonyms';

/** 检索索引管理: the index against the database, a background rebuild, and the synonym list (Cultivation.Profiles.ManageIndex). */
@Component({
  selector: 'app-search-admin-page',
  imports: [
    FormsModule, NzAlertModule, NzButtonModule, NzCardModule, NzDescriptionsModule, NzIconModule, NzInputModule, NzPopconfirmModule, NzSkeletonModule,
    TranslatePipe, AppDatePipe, CountPipe, ConflictAlert, LoadFailed, PageHeader
  ],
  template: `
    <app-page-header [title]="'searchAdmin.title' | t">
      <button nz-button (click)="loadStatus()" [nzLoading]="loadingStatus()"><nz-icon nzType="reload" /> {{ 'common.refresh' | t }}</button>
      <button nz-button nzType="primary" nzDanger nz-popconfirm [nzPopconfirmTitle]="'searchAdmin.rebuildConfirm' | t" (nzOnConfirm)="rebuild()"
        [nzLoading]="rebuilding()" data-testid="rebuild-index">
        {{ 'searchAdmin.rebuild' | t }}
      </button>
    </app-page-header>

    <div class="admin-grid">
      <nz-card [nzTitle]="'searchAdmin.status' | t" data-testid="index-status">
        @if (statusError(); as message) {
          <app-load-failed [title]="'searchAdmin.status' | t" [message]="message" (retry)="loadStatus()" />
        } @else if (status(); as s) {
          @if (s.engineError) {
            <nz-alert nzType="error" nzShowIcon class="form-alert" [nzMessage]="'searchAdmin.engineError' | t: { error: s.engineError }" data-testid="engine-error" />
          } @else if (health() === 'ok') {
            <nz-alert nzType="success" nzShowIcon class="form-alert" [nzMessage]="'searchAdmin.inSync' | t" />
          } @else if (health() === 'warning') {
            <nz-alert nzType="warning" nzShowIcon class="form-alert" [nzMessage]="'searchAdmin.outOfSync' | t" />
          }
          <nz-descriptions [nzColumn]="{ xxl: 2, xl: 2, lg: 2, md: 2, sm: 1, xs: 1 }" nzSize="small" nzBordered>
            <nz-descriptions-item [nzTitle]="'searchAdmin.engine' | t">{{ s.engine }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'searchAdmin.indexName' | t">{{ s.indexName ?? '—' }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'searchAdmin.documents' | t"><span data-testid="document-count">{{ s.documentCount | count }}</span></nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'searchAdmin.published' | t"><span data-testid="published-count">{{ s.publishedCount | count }}</span></nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'searchAdmin.profiles' | t">{{ s.profileCount | count }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'searchAdmin.pending' | t">{{ s.pendingChanges | count }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'searchAdmin.failing' | t"><span [class.danger]="s.failingChanges > 0">{{ s.failingChanges | count }}</span></nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'searchAdmin.oldestPending' | t">{{ s.oldestPendingTime | appDate: true }}</nz-descriptions-item>
            <nz-descriptions-item [nzTitle]="'searchAdmin.lastSync' | t">{{ s.lastSyncTime | appDate: true }}</nz-descriptions-item>
            @if (s.lastError) {
              <nz-descriptions-item [nzTitle]="'searchAdmin.lastError' | t" [nzSpan]="2"><span class="danger pre">{{ s.lastError }}</span></nz-descriptions-item>
            }
          </nz-descriptions>
        } @else {
          <nz-skeleton [nzActive]="true" />
        }
      </nz-card>

      <nz-card [nzTitle]="'searchAdmin.synonyms' | t" data-testid="synonyms">
        @if (synonymsError(); as message) {
          <app-load-failed [title]="'searchAdmin.synonyms' | t" [message]="message" (retry)="loadSynonyms()" />
        } @else if (stamp() !== null) {
          @if (conflict()) {
            <app-conflict-alert (reload)="loadSynonyms()" />
          }
          <form (ngSubmit)="saveSynonyms()">
            <label for="synonyms-text" class="field-label">{{ 'searchAdmin.synonymsHint' | t }}</label>
            <textarea nz-input id="synonyms-text" name="synonyms" rows="16" class="synonyms-text" [ngModel]="text()" (ngModelChange)="text.set($event)"
              data-testid="synonyms-text"></textarea>
            <div class="synonyms-foot">
              <span class="muted" [class.danger]="lineCount() > maxLines">{{ 'searchAdmin.synonymLines' | t: { count: lineCount() } }}</span>
              <button nz-button nzType="primary" type="submit" [nzLoading]="savingSynonyms()" [disabled]="lineCount() > maxLines" data-testid="synonyms-save">
                {{ 'common.save' | t }}
              </button>
            </div>
          </form>
        } @else {
          <nz-skeleton [nzActive]="true" />
        }
      </nz-card>
    </div>
  `,
  styles: `
    .admin-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; align-items: start; }
    .field-label { display: block; margin-bottom: 6px; color: rgba(0, 0, 0, 0.65); }
    .synonyms-text { font-family: inherit; }
    .synonyms-foot { display: flex; justify-content: space-between; align-items: center; margin-top: 8px; gap: 8px; }
    .muted { color: rgba(0, 0, 0, 0.5); }
    .danger { color: #cf1322; }
    .pre { white-space: pre-wrap; word-break: break-word; }
    @media (max-width: 991.98px) { .admin-grid { grid-template-columns: minmax(0, 1fr); } }
  `
})
export class SearchAdminPage {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  protected readonly maxLines = MAX_SYNONYM_LINES;
  protected readonly status = signal<SearchIndexStatusDto | null>(null);
  protected readonly statusError = signal<string | null>(null);
  protected readonly loadingStatus = signal(false);
  protected readonly rebuilding = signal(false);
  protected readonly health = computed(() => {
    const status = this.status();
    return status ? indexHealth(status) : 'ok';
  });
  protected readonly text = signal('');
  protected readonly stamp = signal<string | null>(null);
  protected readonly synonymsError = signal<string | null>(null);
  protected readonly savingSynonyms = signal(false);
  protected readonly conflict = signal(false);
  protected readonly lineCount = computed(() => toSynonymLines(this.text()).length);

  constructor() {
    void this.loadStatus();
    void this.loadSynonyms();
  }

  async loadStatus(): Promise<void> {
    this.loadingStatus.set(true);
    this.statusError.set(null);
    try {
      this.status.set(await firstValueFrom(this.api.call(searchAdminGetStatus, {})));
    } catch (error) {
      this.statusError.set(this.notifier.describe(toProblem(error)));
    } finally {
      this.loadingStatus.set(false);
    }
  }

  async loadSynonyms(): Promise<void> {
    this.synonymsError.set(null);
    this.conflict.set(false);
    try {
      const synonyms = await firstValueFrom(this.api.call(searchAdminGetSynonyms, {}));
      this.text.set(fromSynonymLines(synonyms.lines));
      this.stamp.set(synonyms.concurrencyStamp);
    } catch (error) {
      this.synonymsError.set(this.notifier.describe(toProblem(error)));
    }
  }

  protected async rebuild(): Promise<void> {
    this.rebuilding.set(true);
    try {
      await firstValueFrom(this.api.call(searchAdminRebuild, {}));
      this.notifier.success('searchAdmin.rebuildStarted');
      await this.loadStatus();
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.rebuilding.set(false);
    }
  }

  protected async saveSynonyms(): Promise<void> {
    this.savingSynonyms.set(true);
    this.conflict.set(false);
    try {
      const saved = await firstValueFrom(this.api.call(searchAdminUpdateSynonyms, { body: { lines: toSynonymLines(this.text()), concurrencyStamp: this.stamp() } }));
      this.text.set(fromSynonymLines(saved.lines));
      this.stamp.set(saved.concurrencyStamp);
      this.notifier.success('searchAdmin.synonymsSaved');
    } catch (error) {
      const problem = toProblem(error);
      if (isConcurrencyConflict(problem)) {
        this.conflict.set(true);
      } else {
        this.notifier.show(error);
      }
    } finally {
      this.savingSynonyms.set(false);
    }
  }
}
