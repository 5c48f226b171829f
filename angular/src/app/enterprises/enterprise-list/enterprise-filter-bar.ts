import { Component, DestroyRef, effect, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { debounceTime } from 'rxjs';
import { NzBadgeModule } from 'ng-zorro-antd/badge';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { BreakpointService } from '../../core/layout/breakpoint.service';
import { ReferenceDataService } from '../../core/reference/reference-data.service';
import { ContestTrack } from '../../proxy/models/contest-track';
import { EnterpriseKind } from '../../proxy/models/enterprise-kind';
import { NationalAdvancement } from '../../proxy/models/national-advancement';
import { PrizeLevel } from '../../proxy/models/prize-level';
import { CONTEST_TRACKS, ENTERPRISE_KINDS, NATIONAL_ADVANCEMENTS, PRIZE_LEVELS } from '../../shared/domain-enums';
import { EMPTY_FILTER, EnterpriseFilter, UNRESOLVED_INDUSTRY, hasFilter, industryChoiceOf, industryFilterOf } from './enterprise-list-query';
import { LocalNamePipe } from '../../shared/format/local-name.pipe';

/** The enterprise list's server filters; emits the whole filter whenever one changes. */
@Component({
  selector: 'app-enterprise-filter-bar',
  imports: [LocalNamePipe, ReactiveFormsModule, NzInputModule, NzSelectModule, NzButtonModule, NzIconModule, NzBadgeModule, TranslatePipe],
  templateUrl: './enterprise-filter-bar.html',
  styleUrl: './enterprise-filter-bar.scss'
})
export class EnterpriseFilterBar {
  private readonly reference = inject(ReferenceDataService);
  protected readonly i18n = inject(I18nService);
  protected readonly narrow = inject(BreakpointService).isNarrow;

  readonly filter = input.required<EnterpriseFilter>();
  readonly showDistrict = input(true);
  readonly filterChange = output<EnterpriseFilter>();

  protected readonly districts = toSignal(this.reference.districts(), { initialValue: [] });
  protected readonly fields = toSignal(this.reference.industryFields(true), { initialValue: [] });
  protected readonly editions = toSignal(this.reference.editions(), { initialValue: [] });
  protected readonly tracks = CONTEST_TRACKS;
  protected readonly prizeLevels = PRIZE_LEVELS;
  protected readonly advancements = NATIONAL_ADVANCEMENTS;
  protected readonly kinds = ENTERPRISE_KINDS;
  protected readonly expanded = signal(false);
  protected readonly hasFilter = hasFilter;
  protected readonly unresolved = UNRESOLVED_INDUSTRY;

  protected readonly form = new FormGroup({
    keyword: new FormControl<string | null>(null),
    districtId: new FormControl<string | null>(null),
    /** A field id, or 待归类 ({@link UNRESOLVED_INDUSTRY}). */
    industry: new FormControl<string | null>(null),
    editionId: new FormControl<string | null>(null),
    track: new FormControl<ContestTrack | null>(null),
    prizeLevel: new FormControl<PrizeLevel | null>(null),
    nationalAdvancement: new FormControl<NationalAdvancement | null>(null),
    kind: new FormControl<EnterpriseKind | null>(null)
  });

  constructor() {
    effect(() => {
      const filter = this.filter();
      this.form.setValue(
        {
          keyword: filter.keyword, districtId: filter.districtId, industry: industryChoiceOf(filter), editionId: filter.editionId,
          track: filter.track, prizeLevel: filter.prizeLevel, nationalAdvancement: filter.nationalAdvancement, kind: filter.kind
        },
        { emitEvent: false }
      );
    });
    this.form.valueChanges.pipe(debounceTime(350), takeUntilDestroyed(inject(DestroyRef))).subscribe(() => this.emit());
  }

  protected activeCount(): number {
    const filter = this.filter();
    return (Object.keys(EMPTY_FILTER) as (keyof EnterpriseFilter)[]).filter(key => key !== 'keyword' && filter[key] !== null).length;
  }

  protected search(): void {
    this.emit();
  }

  protected clear(): void {
    this.form.reset({}, { emitEvent: false });
    this.emit();
  }

  private emit(): void {
    const { industry, ...value } = this.form.getRawValue();
    const next: EnterpriseFilter = { ...value, ...industryFilterOf(industry), keyword: value.keyword?.trim() ? value.keyword.trim() : null };
    const current = this.filter();
    if (Object.keys(next).some(key => next[key as keyof EnterpriseFilter] !== current[key as keyof EnterpriseFilter])) {
      this.filterChange.emit(next);
    }
  }
}
