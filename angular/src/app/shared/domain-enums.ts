import { CalendarDayKind } from '../proxy/models/calendar-day-kind';
import { ContestStage } from '../proxy/models/contest-stage';
import { ContestTrack } from '../proxy/models/contest-track';
import { EnterpriseKind } from '../proxy/models/enterprise-kind';
import { FollowUpStatus } from '../proxy/models/follow-up-status';
import { Gender } from '../proxy/models/gender';
import { ImportKind } from '../proxy/models/import-kind';
import { ImportRowStatus } from '../proxy/models/import-row-status';
import { ImportStatus } from '../proxy/models/import-status';
import { JobRunOutcome } from '../proxy/models/job-run-outcome';
import { NationalAdvancement } from '../proxy/models/national-advancement';
import { PrizeLevel } from '../proxy/models/prize-level';
import { RequestStatus } from '../proxy/models/request-status';
import { ServiceCategory } from '../proxy/models/service-category';
import { ServiceChannel } from '../proxy/models/service-channel';

/** The server's enum values in display order (the generated models are type aliases only). */
export const CONTEST_TRACKS: readonly NonNullable<ContestTrack>[] = ['Enterprise', 'Maker'];
export const CONTEST_STAGES: readonly NonNullable<ContestStage>[] = ['Preliminary', 'Semifinal', 'Final'];
export const PRIZE_LEVELS: readonly Exclude<PrizeLevel, null>[] = ['First', 'Second', 'Third', 'Excellence'];
export const NATIONAL_ADVANCEMENTS: readonly Exclude<NationalAdvancement, null>[] = ['EnterpriseTop500', 'EnterpriseTop50', 'MakerTop100', 'MakerTop10'];
export const ENTERPRISE_KINDS: readonly NonNullable<EnterpriseKind>[] = ['Company', 'MakerTeam'];
export const GENDERS: readonly NonNullable<Gender>[] = ['Unknown', 'Male', 'Female'];

/** National lists open to each track (企业组 → 500强/50强, 创客组 → 100强/10强). */
export const ADVANCEMENTS_BY_TRACK: Record<ContestTrack, readonly Exclude<NationalAdvancement, null>[]> = {
  Enterprise: ['EnterpriseTop500', 'EnterpriseTop50'],
  Maker: ['MakerTop100', 'MakerTop10']
};

/** 服务类别, in the order of the contest notice's support measures. */
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
  'Financing', 'IndustryMatchmaking', 'Training', 'PolicyGuidance', 'DigitalTransformation', 'ManagementConsulting',
  'Talent', 'Incubation', 'TechnologyTransfer', 'Promotion', 'LargeSmallLinkage', 'Other'
];
export const SERVICE_CHANNELS: readonly ServiceChannel[] = ['Visit', 'Phone', 'Online', 'Event'];
export const REQUEST_STATUSES: readonly RequestStatus[] = ['Open', 'InProgress', 'Resolved'];
export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ['Active', 'Paused', 'Closed'];
export const CALENDAR_DAY_KINDS: readonly CalendarDayKind[] = ['Holiday', 'Workday'];

/** 导入类型 and the states of an import and of its rows. */
export const IMPORT_KINDS: readonly ImportKind[] = ['ContestResults', 'NationalAdvancement', 'YearlyFigures'];
export const IMPORT_ROW_STATUSES: readonly ImportRowStatus[] = ['Ok', 'Warning', 'Error'];
export const IMPORT_STATUSES: readonly ImportStatus[] = [
  'Queued', 'Validating', 'Validated', 'Failed', 'CommitQueued', 'Committing', 'Committed', 'RevertQueued', 'Reverting', 'Reverted', 'PartiallyReverted', 'Discarded'
];
export const JOB_RUN_OUTCOMES: readonly JobRunOutcome[] = ['Running', 'Succeeded', 'Failed', 'Skipped', 'Interrupted'];

/** Project profiles and matchmaking (issue 15). */
export const PROFILE_STATUSES = ['Draft', 'Published', 'Withdrawn'] as const;
export const FINANCING_STAGES = ['Seed', 'Angel', 'PreA', 'SeriesA', 'SeriesB', 'SeriesC', 'Later', 'Debt'] as const;
export const FINANCING_AMOUNT_BANDS = ['Under5M', 'From5MTo10M', 'From10MTo50M', 'From50MTo100M', 'From100M'] as const;
export const INTRODUCTION_STATUSES = ['Requested', 'Closed'] as const;
export const PROFILE_SEARCH_SORTS = ['Relevance', 'Newest', 'AwardLevel'] as const;
