import { AwardRecordDto } from '../../proxy/models/award-record-dto';

/** The award of the most recent edition (the one the list shows as 最近获奖). */
export function latestAward(awards: readonly AwardRecordDto[]): AwardRecordDto | null {
  return awards.reduce<AwardRecordDto | null>((latest, award) => (!latest || (award.editionYear ?? 0) > (latest.editionYear ?? 0) ? award : latest), null);
}
