import { Component, effect, inject, input, signal, untracked } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { RouterLink } from '@angular/router';
import { ErrorNotifier } from '../../../core/errors/error-notifier';
import { toProblem } from '../../../core/errors/problem';
import { ApiClient } from '../../../core/http/api-client';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { enterpriseHistoryGet } from '../../../proxy/fn/enterprise-history/enterprise-history-get';
import { EntityChangeDto } from '../../../proxy/models/entity-change-dto';
import { AppDatePipe } from '../../../shared/format/format.pipes';
import { ImportProvenance } from '../../../imports/provenance/import-provenance';
import { LoadFailed } from '../../../shared/ui/load-failed';

const PAGE_SIZE = 20;

/**
 * Which import set which field, then who changed what and when (GET /api/app/enterprises/{id}/history), newest first.
 * The server writes every entry in the reader's language (labels, names of referenced records, amounts with their unit).
 */
@Component({
  selector: 'app-enterprise-history-tab',
  imports: [LoadFailed, RouterLink, NzTimelineModule, NzTagModule, NzButtonModule, NzEmptyModule, NzSpinModule, TranslatePipe, AppDatePipe, ImportProvenance],
  templateUrl: './enterprise-history-tab.html',
  styleUrl: './enterprise-history-tab.scss'
})
export class EnterpriseHistoryTab {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);

  readonly enterpriseId = input.required<string>();
  /** Bumped by the page after every change so the history reloads. */
  readonly version = input(0);

  protected readonly items = signal<EntityChangeDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      this.version();
      this.enterpriseId();
      untracked(() => void this.load(true));
    });
  }

  protected async load(reset: boolean): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await firstValueFrom(
        this.api.call(enterpriseHistoryGet, {
          enterpriseId: this.enterpriseId(),
          SkipCount: reset ? 0 : this.items().length,
          MaxResultCount: PAGE_SIZE
        })
      );
      this.items.set([...(reset ? [] : this.items()), ...(page.items ?? [])]);
      this.total.set(page.totalCount ?? 0);
    } catch (error) {
      this.error.set(this.notifier.describe(toProblem(error)));
    } finally {
      this.loading.set(false);
    }
  }

  protected color(type: string | undefined): string {
    return type === 'Created' ? 'green' : type === 'Deleted' ? 'red' : 'blue';
  }
}
