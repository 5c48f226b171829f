import { FormControl, FormGroup, Validators } from '@angular/forms';
import { AwardRecordDto } from '../../../proxy/models/award-record-dto';
import { ContestEditionDto } from '../../../proxy/models/contest-edition-dto';
import { ContestStage } from '../../../proxy/models/contest-stage';
import { ContestTrack } from '../../../proxy/models/contest-track';
import { CreateUpdateAwardRecordDto } from '../../../proxy/models/create-update-award-record-dto';
import { NationalAdvancement } from '../../../proxy/models/national-advancement';
import { PrizeLevel } from '../../../proxy/models/prize-level';
import { ADVANCEMENTS_BY_TRACK } from '../../../shared/domain-enums';

export const AWARD_PROJECT_NAME_MAX = 256;

export function createAwardForm() {
  return new FormGroup({
    editionId: new FormControl<string | null>(null, Validators.required),
    track: new FormControl<ContestTrack | null>(null, Validators.required),
    stageReached: new FormControl<ContestStage | null>(null, Validators.required),
    prizeLevel: new FormControl<PrizeLevel | null>(null),
    projectName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(AWARD_PROJECT_NAME_MAX)] }),
    industryFieldId: new FormControl<string | null>(null),
    nationalAdvancement: new FormControl<NationalAdvancement | null>(null),
    nationalAdvancementYear: new FormControl<number | null>(null, [Validators.min(2012), Validators.max(2100)]),
    nationalPrize: new FormControl<PrizeLevel | null>(null)
  });
}

export type AwardForm = ReturnType<typeof createAwardForm>;

export function fillAwardForm(form: AwardForm, award: AwardRecordDto): void {
  form.reset({
    editionId: award.editionId ?? null,
    track: award.track ?? null,
    stageReached: award.stageReached ?? null,
    prizeLevel: award.prizeLevel ?? null,
    projectName: award.projectName ?? '',
    industryFieldId: award.industryFieldId ?? null,
    nationalAdvancement: award.nationalAdvancement ?? null,
    nationalAdvancementYear: award.nationalAdvancementYear ?? null,
    nationalPrize: award.nationalPrize ?? null
  });
}

export function toAwardDto(form: AwardForm, concurrencyStamp: string | null): CreateUpdateAwardRecordDto {
  const value = form.getRawValue();
  return { ...value, projectName: value.projectName.trim(), concurrencyStamp };
}

/** The prize levels the edition sets for the track (a prize needs the final). */
export function prizeLevelsFor(edition: ContestEditionDto | null, track: ContestTrack | null): PrizeLevel[] {
  const quotas = edition?.tracks?.find(t => t.track === track)?.prizeQuotas ?? [];
  return quotas.map(q => q.level).filter((level): level is Exclude<PrizeLevel, null> => level !== null);
}

export function advancementsFor(track: ContestTrack | null): NationalAdvancement[] {
  return track ? [...ADVANCEMENTS_BY_TRACK[track]] : [];
}

/** Only 全国企业组50强 and 创客组10强 compete for national prizes. */
export function allowsNationalPrize(advancement: NationalAdvancement | null): boolean {
  return advancement === 'EnterpriseTop50' || advancement === 'MakerTop10';
}
