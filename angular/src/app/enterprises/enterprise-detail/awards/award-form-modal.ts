import { Component, DestroyRef, OnInit, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { EMPTY, catchError, distinctUntilChanged, firstValueFrom, startWith, switchMap } from 'rxjs';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ErrorNotifier } from '../../../core/errors/error-notifier';
import { FormSubmission } from '../../../core/errors/form-submission';
import { ApiClient } from '../../../core/http/api-client';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { ReferenceDataService } from '../../../core/reference/reference-data.service';
import { awardRecordCreate } from '../../../proxy/fn/award-record/award-record-create';
import { awardRecordUpdate } from '../../../proxy/fn/award-record/award-record-update';
import { contestEditionGet } from '../../../proxy/fn/contest-edition/contest-edition-get';
import { AwardRecordDto } from '../../../proxy/models/award-record-dto';
import { ContestEditionDto } from '../../../proxy/models/contest-edition-dto';
import { ConflictAlert } from '../../../shared/ui/conflict-alert';
import { FieldErrorPipe } from '../../../shared/ui/field-error.pipe';
import { CONTEST_STAGES, PRIZE_LEVELS } from '../../../shared/domain-enums';
import { AWARD_PROJECT_NAME_MAX, advancementsFor, allowsNationalPrize, createAwardForm, fillAwardForm, prizeLevelsFor, toAwardDto } from './award-form';
import { LocalNamePipe } from '../../../shared/format/local-name.pipe';

@Component({
  selector: 'app-award-form-modal',
  imports: [LocalNamePipe, ReactiveFormsModule, NzModalModule, NzFormModule, NzSelectModule, NzInputModule, NzInputNumberModule, NzButtonModule, NzAlertModule, TranslatePipe, FieldErrorPipe, ConflictAlert],
  templateUrl: './award-form-modal.html'
})
export class AwardFormModal implements OnInit {
  private readonly api = inject(ApiClient);
  private readonly notifier = inject(ErrorNotifier);
  private readonly reference = inject(ReferenceDataService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly i18n = inject(I18nService);

  readonly enterpriseId = input.required<string>();
  /** The award to edit; null to record a new one. */
  readonly award = input<AwardRecordDto | null>(null);
  readonly closed = output<void>();
  readonly saved = output<void>();

  protected readonly form = createAwardForm();
  protected readonly projectNameMax = AWARD_PROJECT_NAME_MAX;
  protected readonly editions = toSignal(this.reference.editions(), { initialValue: [] });
  protected readonly fields = toSignal(this.reference.industryFields(true), { initialValue: [] });
  protected readonly stages = CONTEST_STAGES;
  protected readonly nationalPrizes = PRIZE_LEVELS.filter(level => level !== 'Excellence');
  protected readonly edition = signal<ContestEditionDto | null>(null);
  protected readonly submission = new FormSubmission(this.form, this.notifier);
  protected readonly prizeLevelsFor = prizeLevelsFor;
  protected readonly advancementsFor = advancementsFor;
  protected readonly allowsNationalPrize = allowsNationalPrize;

  ngOnInit(): void {
    const award = this.award();
    if (award) {
      fillAwardForm(this.form, award);
    }
    const controls = this.form.controls;
    controls.editionId.valueChanges
      .pipe(
        startWith(controls.editionId.value),
        distinctUntilChanged(),
        switchMap(id => (id ? this.api.call(contestEditionGet, { id }).pipe(catchError(() => EMPTY)) : EMPTY)),
        takeUntilDestroyed(this.destroyRef)
      )
      .subscribe(edition => this.edition.set(edition));
    // A prize and a national list both need the final; a national prize needs a top-50/10 place.
    controls.stageReached.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(stage => {
      if (stage !== 'Final') {
        controls.prizeLevel.setValue(null);
        controls.nationalAdvancement.setValue(null);
      }
    });
    controls.track.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      controls.prizeLevel.setValue(null);
      controls.nationalAdvancement.setValue(null);
    });
    controls.nationalAdvancement.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(advancement => {
      if (!advancement) {
        controls.nationalAdvancementYear.setValue(null);
      }
      if (!allowsNationalPrize(advancement)) {
        controls.nationalPrize.setValue(null);
      }
    });
  }

  protected async save(): Promise<void> {
    const award = this.award();
    const body = toAwardDto(this.form, award?.concurrencyStamp ?? null);
    const saved = await this.submission.submit(() =>
      firstValueFrom(
        award
          ? this.api.call(awardRecordUpdate, { enterpriseId: this.enterpriseId(), id: award.id, body })
          : this.api.call(awardRecordCreate, { enterpriseId: this.enterpriseId(), body })
      )
    );
    if (saved) {
      this.notifier.success('common.saved');
      this.saved.emit();
    }
  }

  /** After a conflict: drop the edit and show the list as it is now. */
  protected reload(): void {
    this.saved.emit();
  }
}
