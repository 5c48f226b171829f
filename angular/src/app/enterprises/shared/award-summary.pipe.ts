import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '../../core/i18n/i18n.service';
import { AwardSummaryDto } from '../../proxy/models/award-summary-dto';

/** "2024 · 企业组 · 一等奖" — or the furthest stage when no prize was won. */
@Pipe({ name: 'awardSummary', pure: false })
export class AwardSummaryPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(award: AwardSummaryDto | null | undefined): string {
    if (!award) {
      return '—';
    }
    const outcome = award.prizeLevel
      ? this.i18n.enumLabel('PrizeLevel', award.prizeLevel)
      : this.i18n.enumLabel('ContestStage', award.stageReached);
    return [award.editionYear, this.i18n.enumLabel('ContestTrack', award.track), outcome].filter(Boolean).join(' · ');
  }
}
