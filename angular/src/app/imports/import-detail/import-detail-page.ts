import { Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Subscription, firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { Permissions } from '../../core/auth/permissions';
import { SessionService } from '../../core/auth/session.service';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { ApiClient } from '../../core/http/api-client';
import { BreakpointService } from '../../core/layout/breakpoint.service';
import { I18nService } from '../../core/i18n/i18n.service';
import { MessageKey } from '../../core/i18n/messages.zh-CN';
import { EnumLabelPipe, TranslatePipe } from '../../core/i18n/translate.pipe';
import { ReferenceDataService } from '../../core/reference/reference-data.service';
import { importCommit } from '../../proxy/fn/import/import-commit';
import { importDiscard } from '../../proxy/fn/import/import-discard';
import { importGet } from '../../proxy/fn/import/import-get';
import { importGetProgress } from '../../proxy/fn/import/import-get-progress';
import { importRevert } from '../../proxy/fn/import/import-revert';
import { ContestEditionListItemDto } from '../../proxy/models/contest-edition-list-item-dto';
import { ImportBatchDto } from '../../proxy/models/import-batch-dto';
import { ImportProgressDto } from '../../proxy/models/import-progress-dto';
import { PageHeader } from '../../shared/ui/page-header';
import { pollProgress } from '../shared/import-progress';
import { IMPORT_STATUS_COLORS, PROGRESS_TEXTS, commitBlockers } from '../shared/import-state';
import { LocalizedPipe, MessageTextPipe } from '../shared/import-text.pipes';
import { ImportRows } from './import-rows';
import { ImportSummary } from './import-summary';
import { LoadFailed } from '../../shared/ui/load-failed';

type PageState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; message: string };

/**
 * One import (GET /api/app/imports/{id}): while the background validates, commits or reverts, a progress bar
 * (rows done / total, polled); then the summary, the file's problems, quota breaches, the per-row report with
 * the preview, Commit (disabled with the reason) and, once committed, Revert with what could not be reverted.
 */
@Component({
  selector: 'app-import-detail-page',
  imports: [LoadFailed, 
    RouterLink, NzAlertModule, NzButtonModule, NzCardModule, NzIconModule, NzPopconfirmModule, NzProgressModule, NzSkeletonModule, NzTagModule, NzTooltipModule, TranslatePipe, EnumLabelPipe, LocalizedPipe, MessageTextPipe, PageHeader, ImportRows,
    ImportSummary
  ],
  templateUrl: './import-detail-page.html',
  styleUrl: './import-detail-page.scss'
})
export class ImportDetailPage {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  private readonly i18n = inject(I18nService);
  private readonly id: string = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly state = signal<PageState>({ status: 'loading' });
  protected readonly batch = signal<ImportBatchDto | null>(null);
  protected readonly progress = signal<ImportProgressDto | null>(null);
  protected readonly acting = signal<'commit' | 'revert' | 'discard' | null>(null);
  /** Bumped whenever the rows may have changed (a validation, commit or revert finished) so the report reloads. */
  protected readonly rowsVersion = signal(0);
  protected readonly editions = signal<ContestEditionListItemDto[]>([]);
  protected readonly colors = IMPORT_STATUS_COLORS;
  /** The header's buttons sit on the right on a desktop and on the left on a phone: the confirmation opens inwards. */
  private readonly narrow = inject(BreakpointService).isNarrow;
  protected readonly placement = computed(() => (this.narrow() ? 'bottomLeft' : 'bottomRight'));
  protected readonly mayCommit = computed(() => this.session.granted().has(Permissions.imports.create));
  protected readonly mayRevert = computed(() => this.session.granted().has(Permissions.imports.revert));
  /** An import nobody will commit can be set aside by its uploader, or by whoever may discard any. */
  protected readonly mayDiscard = computed(() => {
    const batch = this.batch();
    const granted = this.session.granted();
    return !!batch && (batch.status === 'Validated' || batch.status === 'Failed') && granted.has(Permissions.imports.create)
      && (granted.has(Permissions.imports.discardAny) || batch.creatorId === this.session.user()?.id);
  });
  protected readonly blockers = computed(() => {
    const batch = this.batch();
    return batch ? commitBlockers(batch, this.mayCommit(), this.i18n.language(), this.i18n.t('import.blocked.permission')) : [];
  });
  protected readonly blockedReason = computed(() => this.blockers().join(this.i18n.language() === 'en' ? '; ' : '；'));
  protected readonly editionName = computed(() => {
    const id = this.batch()?.editionId;
    return id ? (this.editions().find(e => e.id === id)?.name ?? null) : null;
  });
  /** The last progress polled, or (before the first answer) what the import itself says. */
  protected readonly shownProgress = computed<ImportProgressDto | null>(() => {
    const batch = this.batch();
    if (!batch?.isInProgress) {
      return null;
    }
    return this.progress() ?? { id: batch.id, status: batch.status, isInProgress: true, rowsDone: 0, rowsTotal: batch.rowsTotal, percent: 0 };
  });
  private polling: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.polling?.unsubscribe());
    inject(ReferenceDataService).editions().subscribe({ next: editions => this.editions.set(editions), error: () => undefined });
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      this.show(await firstValueFrom(this.api.call(importGet, { id: this.id })));
      this.state.set({ status: 'ready' });
    } catch (error) {
      this.state.set({ status: 'failed', message: this.notifier.describe(this.notifier.show(error)) });
    }
  }

  protected progressText(progress: ImportProgressDto): string {
    const key = PROGRESS_TEXTS[progress.status] ?? PROGRESS_TEXTS[this.batch()?.status ?? 'Queued'] ?? 'import.progress.Queued';
    return this.i18n.t(key, { done: progress.rowsDone, total: progress.rowsTotal });
  }

  protected async commit(): Promise<void> {
    await this.act('commit', () => firstValueFrom(this.api.call(importCommit, { id: this.id })), 'import.commitQueued');
  }

  protected async revert(): Promise<void> {
    await this.act('revert', () => firstValueFrom(this.api.call(importRevert, { id: this.id })), 'import.revertQueued');
  }

  protected async discard(): Promise<void> {
    await this.act('discard', () => firstValueFrom(this.api.call(importDiscard, { id: this.id })), 'import.discarded');
  }

  /** A row's review was confirmed: the server validates the import again. */
  protected onResolved(batch: ImportBatchDto): void {
    this.show(batch);
  }

  private async act(action: 'commit' | 'revert' | 'discard', call: () => Promise<ImportBatchDto>, queued: MessageKey): Promise<void> {
    this.acting.set(action);
    try {
      const batch = await call();
      this.notifier.success(queued);
      this.show(batch);
    } catch (error) {
      this.notifier.show(error);
      await this.load();
    } finally {
      this.acting.set(null);
    }
  }

  private show(batch: ImportBatchDto): void {
    const wasInProgress = this.batch()?.isInProgress ?? false;
    this.batch.set(batch);
    if (batch.isInProgress) {
      this.follow();
    } else {
      this.progress.set(null);
      if (wasInProgress) {
        this.announce(batch);
      }
      this.rowsVersion.update(v => v + 1);
    }
  }

  /** Polls the progress until the background is done, then reloads the import and its rows. */
  private follow(): void {
    if (this.polling && !this.polling.closed) {
      return;
    }
    this.progress.set(null);
    this.polling = pollProgress(() => this.api.call(importGetProgress, { id: this.id })).subscribe({
      next: progress => {
        this.progress.set(progress);
        if (!progress.isInProgress) {
          void this.load();
        }
      },
      error: error => this.notifier.show(error)
    });
  }

  private announce(batch: ImportBatchDto): void {
    if (batch.status === 'Committed') {
      this.notifier.success('import.committedDone');
    } else if (batch.status === 'Reverted') {
      this.notifier.success('import.revertedDone');
    }
  }
}
