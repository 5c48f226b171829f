import { Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { Permissions } from '../core/auth/permissions';
import { SessionService } from '../core/auth/session.service';
import { ErrorNotifier } from '../core/errors/error-notifier';
import { Problem, toProblem } from '../core/errors/problem';
import { ApiClient } from '../core/http/api-client';
import { EnumLabelPipe, TranslatePipe } from '../core/i18n/translate.pipe';
import { ReferenceDataService } from '../core/reference/reference-data.service';
import { contestEditionDelete } from '../proxy/fn/contest-edition/contest-edition-delete';
import { contestEditionGet } from '../proxy/fn/contest-edition/contest-edition-get';
import { ContestEditionDto } from '../proxy/models/contest-edition-dto';
import { ContestTrackDto } from '../proxy/models/contest-track-dto';
import { PRIZE_LEVELS } from '../shared/domain-enums';
import { AppDatePipe } from '../shared/format/format.pipes';
import { PageHeader } from '../shared/ui/page-header';

@Component({
  selector: 'app-contest-detail-page',
  imports: [
    RouterLink, NzCardModule, NzDescriptionsModule, NzTableModule, NzButtonModule, NzIconModule, NzPopconfirmModule, NzResultModule,
    NzSkeletonModule, TranslatePipe, EnumLabelPipe, AppDatePipe, PageHeader
  ],
  templateUrl: './contest-detail-page.html'
})
export class ContestDetailPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  private readonly session = inject(SessionService);
  private readonly reference = inject(ReferenceDataService);

  protected readonly id = this.route.snapshot.paramMap.get('id') as string;
  protected readonly edition = signal<ContestEditionDto | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly levels = PRIZE_LEVELS;
  protected readonly can = computed(() => ({
    edit: this.session.granted().has(Permissions.contests.edit),
    delete: this.session.granted().has(Permissions.contests.delete)
  }));

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.problem.set(null);
    try {
      this.edition.set(await firstValueFrom(this.api.call(contestEditionGet, { id: this.id })));
    } catch (error) {
      this.problem.set(toProblem(error));
    }
  }

  protected describe(problem: Problem): string {
    return this.notifier.describe(problem);
  }

  /** The quota of a level in a track: a number, 若干 (null), or — when the track does not award it. */
  protected quota(track: ContestTrackDto, level: string): { offered: boolean; quota: number | null } {
    const entry = track.prizeQuotas?.find(q => q.level === level);
    return { offered: !!entry, quota: entry?.quota ?? null };
  }

  protected async remove(): Promise<void> {
    try {
      await firstValueFrom(this.api.call(contestEditionDelete, { id: this.id }));
      this.reference.invalidate('editions');
      this.notifier.success('common.deleted');
      await this.router.navigate(['/contests']);
    } catch (error) {
      this.notifier.show(error);
    }
  }
}
