import { Component, computed, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { ErrorNotifier } from '../../core/errors/error-notifier';
import { FormSubmission } from '../../core/errors/form-submission';
import { toProblem } from '../../core/errors/problem';
import { ApiClient } from '../../core/http/api-client';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { BreakpointService } from '../../core/layout/breakpoint.service';
import { ReferenceDataService } from '../../core/reference/reference-data.service';
import { contestEditionCreate } from '../../proxy/fn/contest-edition/contest-edition-create';
import { contestEditionGet } from '../../proxy/fn/contest-edition/contest-edition-get';
import { contestEditionUpdate } from '../../proxy/fn/contest-edition/contest-edition-update';
import { ContestEditionDto } from '../../proxy/models/contest-edition-dto';
import { CONTEST_STAGES, CONTEST_TRACKS, PRIZE_LEVELS } from '../../shared/domain-enums';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../shared/ui/field-error.pipe';
import { PageHeader } from '../../shared/ui/page-header';
import { ContestLimits, TrackGroup, addDefaultTracks, createContestForm, createQuotaGroup, createStageGroup, createTrackGroup, fillContestForm, toContestDto } from './contest-form';
import { LoadFailed } from '../../shared/ui/load-failed';

@Component({
  selector: 'app-contest-form-page',
  imports: [LoadFailed, 
    ReactiveFormsModule, NzFormModule, NzInputModule, NzInputNumberModule, NzSelectModule, NzDatePickerModule, NzButtonModule, NzIconModule,
    NzAlertModule, NzCardModule, NzSpinModule, TranslatePipe, FieldErrorPipe, PageHeader, ConflictAlert
  ],
  templateUrl: './contest-form-page.html',
  styleUrl: './contest-form-page.scss'
})
export class ContestFormPage {
  private readonly api = inject(ApiClient);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(ErrorNotifier);
  private readonly reference = inject(ReferenceDataService);
  protected readonly i18n = inject(I18nService);
  protected readonly narrow = inject(BreakpointService).isNarrow;

  protected readonly id = this.route.snapshot.paramMap.get('id');
  protected readonly isEdit = this.id !== null;
  protected readonly form = createContestForm();
  protected readonly limits = ContestLimits;
  protected readonly trackOptions = CONTEST_TRACKS;
  protected readonly levelOptions = PRIZE_LEVELS;
  protected readonly stageOptions = CONTEST_STAGES;
  protected readonly loading = signal(this.isEdit);
  protected readonly loadError = signal<string | null>(null);
  protected readonly submission = new FormSubmission(this.form, this.notifier);
  protected readonly edition = signal<ContestEditionDto | null>(null);
  protected readonly title = computed(() =>
    this.isEdit ? this.i18n.t('contest.editTitle', { name: this.edition()?.name ?? '' }) : this.i18n.t('contest.createTitle')
  );

  constructor() {
    if (this.isEdit) {
      void this.load();
    } else {
      addDefaultTracks(this.form);
    }
  }

  protected get tracks() {
    return this.form.controls.tracks;
  }

  protected get stages() {
    return this.form.controls.stages;
  }

  protected addTrack(): void {
    this.tracks.push(createTrackGroup(null, [{ level: 'First', quota: null }]));
  }

  protected addQuota(track: TrackGroup): void {
    track.controls.prizeQuotas.push(createQuotaGroup());
  }

  protected addStage(): void {
    this.stages.push(createStageGroup());
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const edition = await firstValueFrom(this.api.call(contestEditionGet, { id: this.id as string }));
      this.edition.set(edition);
      fillContestForm(this.form, edition);
      this.submission.reset();
    } catch (error) {
      this.loadError.set(this.notifier.describe(toProblem(error)));
    } finally {
      this.loading.set(false);
    }
  }

  protected async save(): Promise<void> {
    if (!this.tracks.length) {
      this.submission.formError.set(this.i18n.t('contest.needsTrack'));
      return;
    }
    const body = toContestDto(this.form, this.edition()?.concurrencyStamp ?? null);
    const saved = await this.submission.submit(() =>
      firstValueFrom(
        this.isEdit
          ? this.api.call(contestEditionUpdate, { id: this.id as string, body })
          : this.api.call(contestEditionCreate, { body })
      )
    );
    if (saved) {
      this.reference.invalidate('editions');
      this.notifier.success('common.saved');
      await this.router.navigate(['/contests', saved.id]);
    }
  }

  protected cancel(): void {
    void this.router.navigate(this.isEdit ? ['/contests', this.id] : ['/contests']);
  }
}
