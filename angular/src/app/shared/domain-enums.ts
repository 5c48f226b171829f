import { ContestStage } from '../proxy/models/contest-stage';
import { ContestTrack } from '../proxy/models/contest-track';
import { EnterpriseKind } from '../proxy/models/enterprise-kind';
import { Gender } from '../proxy/models/gender';
import { NationalAdvancement } from '../proxy/models/national-advancement';
import { PrizeLevel } from '../proxy/models/prize-level';

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
