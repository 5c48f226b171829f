import { Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { FollowUpPlanDto } from '../../proxy/models/follow-up-plan-dto';
import { shanghaiToday } from '../../shared/format/date-only';
import { dueState, dueTag } from './due-state';

/** 逾期 N 天 / 今天到期 / N 天后到期 / 已暂停 — nothing for a plan due later. */
@Component({
  selector: 'app-due-tag',
  imports: [NzTagModule, TranslatePipe],
  template: `
    @if (tag(); as t) {
      <nz-tag [nzColor]="t.color" data-testid="due-tag">{{ t.key | t: { days: t.days } }}</nz-tag>
    }
  `
})
export class DueTag {
  readonly plan = input.required<Pick<FollowUpPlanDto, 'status' | 'nextDueDate'>>();
  readonly today = input<string>(shanghaiToday());

  protected readonly tag = computed(() => dueTag(dueState(this.plan(), this.today())));
}
