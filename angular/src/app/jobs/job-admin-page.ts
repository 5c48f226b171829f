import { Component, DestroyRef, computed, effect, inject, signal, untracked } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Permissions } from '../core/auth/permissions';
import { SessionService } from '../core/auth/session.service';
import { ErrorNotifier } from '../core/errors/error-notifier';
import { ApiClient } from '../core/http/api-client';
import { I18nService } from '../core/i18n/i18n.service';
import { EnumLabelPipe, TranslatePipe } from '../core/i18n/translate.pipe';
import { jobGetList } from '../proxy/fn/job/job-get-list';
import { jobGetRuns } from '../proxy/fn/job/job-get-runs';
import { jobTrigger } from '../proxy/fn/job/job-trigger';
import { JobRunDto } from '../proxy/models/job-run-dto';
import { ScheduledJobDto } from '../proxy/models/scheduled-job-dto';
import { AppDatePipe } from '../shared/format/format.pipes';
import { PageHeader } from '../shared/ui/page-header';
import { OUTCOME_COLORS, runSeconds, runSince } from './job-runs';

/** How long "run now" waits for the run to show up and finish. */
export const TRIGGER_WAIT_MS = 30_000;
const POLL_MS = 1_000;

/** The scheduler's jobs (GET /api/app/jobs): schedule, next fire time, last run, runs; "run now" for Cultivation.Jobs.Trigger. */
@Component({
  selector: 'app-job-admin-page',
  imports: [
    NzAlertModule, NzButtonModule, NzCardModule, NzIconModule, NzPopconfirmModule, NzSkeletonModule, NzTableModule, NzTagModule, TranslatePipe,
    EnumLabelPipe, AppDatePipe, PageHeader
  ],
  templateUrl: './job-admin-page.html',
  styleUrl: './job-admin-page.scss'
})
export class JobAdminPage {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionService);
  private readonly notifier = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(I18nService);

  protected readonly jobs = signal<ScheduledJobDto[] | null>(null);
  protected readonly runs = signal<Record<string, JobRunDto[]>>({});
  protected readonly expanded = signal<string | null>(null);
  protected readonly triggering = signal<string | null>(null);
  protected readonly canTrigger = computed(() => this.session.granted().has(Permissions.jobs.trigger));
  protected readonly colors = OUTCOME_COLORS;
  protected readonly seconds = runSeconds;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
    // The server describes the jobs in the Accept-Language: load again when the language changes.
    effect(() => {
      this.i18n.language();
      untracked(() => void this.load());
    });
  }

  protected async load(): Promise<void> {
    try {
      this.jobs.set(await firstValueFrom(this.api.call(jobGetList, {})));
    } catch (error) {
      this.notifier.show(error);
      this.jobs.update(jobs => jobs ?? []);
    }
  }

  protected async toggle(job: ScheduledJobDto): Promise<void> {
    if (this.expanded() === job.name) {
      this.expanded.set(null);
      return;
    }
    this.expanded.set(job.name);
    await this.loadRuns(job.name);
  }

  protected async trigger(job: ScheduledJobDto): Promise<void> {
    // Server clocks and this one may differ a little: accept runs from a few seconds before the click.
    const since = Date.now() - 5_000;
    const known = new Set((this.runs()[job.name] ?? []).map(run => run.id));
    this.triggering.set(job.name);
    try {
      await firstValueFrom(this.api.call(jobTrigger, { jobName: job.name }));
      this.message.info(this.i18n.t('job.triggered'));
      this.expanded.set(job.name);
      const run = await this.waitForRun(job.name, since, known);
      if (run) {
        const outcome = this.i18n.enumLabel('JobRunOutcome', run.outcome);
        const text = this.i18n.t('job.runFinished', { name: job.name, outcome });
        if (run.outcome === 'Failed') {
          this.message.error(text);
        } else {
          this.message.success(text);
        }
      }
      await this.load();
    } catch (error) {
      this.notifier.show(error);
    } finally {
      this.triggering.set(null);
    }
  }

  /** Polls the runs until a new one has finished (or the wait is over); the list shows each step. */
  private async waitForRun(jobName: string, since: number, known: Set<string>): Promise<JobRunDto | null> {
    const deadline = Date.now() + TRIGGER_WAIT_MS;
    while (!this.destroyed && Date.now() < deadline) {
      const runs = await this.loadRuns(jobName);
      const run = runSince(runs.filter(r => !known.has(r.id)), since);
      if (run?.endTime) {
        return run;
      }
      await new Promise(resolve => setTimeout(resolve, POLL_MS));
    }
    return null;
  }

  private async loadRuns(jobName: string): Promise<JobRunDto[]> {
    try {
      const runs = await firstValueFrom(this.api.call(jobGetRuns, { jobName }));
      this.runs.update(all => ({ ...all, [jobName]: runs }));
      return runs;
    } catch (error) {
      this.notifier.show(error);
      return [];
    }
  }
}
