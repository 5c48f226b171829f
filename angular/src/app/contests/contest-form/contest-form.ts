import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { ContestEditionDto } from '../../proxy/models/contest-edition-dto';
import { ContestStage } from '../../proxy/models/contest-stage';
import { ContestTrack } from '../../proxy/models/contest-track';
import { CreateUpdateContestEditionDto } from '../../proxy/models/create-update-contest-edition-dto';
import { PrizeLevel } from '../../proxy/models/prize-level';
import { parseDateOnly, toDate } from '../../shared/format/date-only';
import { dateOrderValidator } from '../../shared/validators/form-validators';

/** Limits from the server's ContestEditionConsts. */
export const ContestLimits = { minYear: 2012, maxYear: 2100, name: 128, nationalEditionName: 128, noticeNumber: 64, maxOrganisers: 16 } as const;

export function createQuotaGroup(level: PrizeLevel | null = null, quota: number | null = null) {
  return new FormGroup({
    level: new FormControl<PrizeLevel | null>(level, Validators.required),
    quota: new FormControl<number | null>(quota, [Validators.min(0), Validators.max(10000)])
  });
}

export function createTrackGroup(track: ContestTrack | null = null, quotas: { level: PrizeLevel | null; quota: number | null }[] = []) {
  return new FormGroup({
    track: new FormControl<ContestTrack | null>(track, Validators.required),
    prizeQuotas: new FormArray(quotas.map(q => createQuotaGroup(q.level, q.quota)), Validators.minLength(1))
  });
}

export function createStageGroup(stage: ContestStage | null = null, start: Date | null = null, end: Date | null = null) {
  return new FormGroup(
    {
      stage: new FormControl<ContestStage | null>(stage, Validators.required),
      startDate: new FormControl<Date | null>(start, Validators.required),
      endDate: new FormControl<Date | null>(end, Validators.required)
    },
    { validators: dateOrderValidator('startDate', 'endDate') }
  );
}

export type TrackGroup = ReturnType<typeof createTrackGroup>;
export type StageGroup = ReturnType<typeof createStageGroup>;

export function createContestForm() {
  return new FormGroup({
    year: new FormControl<number | null>(new Date().getFullYear(), [Validators.required, Validators.min(ContestLimits.minYear), Validators.max(ContestLimits.maxYear)]),
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(ContestLimits.name)] }),
    nationalEditionName: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(ContestLimits.nationalEditionName)] }),
    nationalEditionNumber: new FormControl<number | null>(null, [Validators.min(1), Validators.max(1000)]),
    noticeNumber: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(ContestLimits.noticeNumber)] }),
    organisers: new FormControl('', { nonNullable: true }),
    operators: new FormControl('', { nonNullable: true }),
    tracks: new FormArray<TrackGroup>([], Validators.minLength(1)),
    stages: new FormArray<StageGroup>([])
  });
}

export type ContestForm = ReturnType<typeof createContestForm>;

/** A new edition starts with the usual two tracks and their prize levels (quotas 若干 until set). */
export function addDefaultTracks(form: ContestForm): void {
  form.controls.tracks.push(createTrackGroup('Enterprise', ['First', 'Second', 'Third', 'Excellence'].map(level => ({ level: level as PrizeLevel, quota: null }))));
  form.controls.tracks.push(createTrackGroup('Maker', ['First', 'Second', 'Third'].map(level => ({ level: level as PrizeLevel, quota: null }))));
}

export function fillContestForm(form: ContestForm, edition: ContestEditionDto): void {
  form.controls.tracks.clear();
  form.controls.stages.clear();
  for (const track of edition.tracks ?? []) {
    form.controls.tracks.push(createTrackGroup(track.track, (track.prizeQuotas ?? []).map(q => ({ level: q.level, quota: q.quota ?? null }))));
  }
  for (const stage of edition.stages ?? []) {
    form.controls.stages.push(createStageGroup(stage.stage, toDate(stage.startDate), toDate(stage.endDate)));
  }
  form.patchValue({
    year: edition.year ?? null,
    name: edition.name ?? '',
    nationalEditionName: edition.nationalEditionName ?? '',
    nationalEditionNumber: edition.nationalEditionNumber ?? null,
    noticeNumber: edition.noticeNumber ?? '',
    organisers: (edition.organisers ?? []).join('\n'),
    operators: (edition.operators ?? []).join('\n')
  });
  form.markAsPristine();
}

/** One name per line; blank lines dropped. */
export function lines(value: string): string[] {
  return value.split(/\r?\n/).map(l => l.trim()).filter(l => l.length > 0);
}

export function toContestDto(form: ContestForm, concurrencyStamp: string | null): CreateUpdateContestEditionDto {
  const value = form.getRawValue();
  return {
    year: value.year ?? 0,
    name: value.name.trim(),
    nationalEditionName: value.nationalEditionName.trim() || null,
    nationalEditionNumber: value.nationalEditionNumber,
    noticeNumber: value.noticeNumber.trim() || null,
    organisers: lines(value.organisers),
    operators: lines(value.operators),
    tracks: value.tracks.map(t => ({ track: t.track, prizeQuotas: t.prizeQuotas.map(q => ({ level: q.level, quota: q.quota })) })),
    stages: value.stages.map(s => ({ stage: s.stage, startDate: parseDateOnly(s.startDate), endDate: parseDateOnly(s.endDate) })),
    concurrencyStamp
  };
}
