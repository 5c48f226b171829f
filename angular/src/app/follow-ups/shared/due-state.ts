import { FollowUpPlanDto } from '../../proxy/models/follow-up-plan-dto';
import { daysBetween } from '../../shared/format/date-only';
import { TextKey } from '../../core/i18n/i18n.service';

/** Due within this many days counts as "due soon" (the server's FollowUpConsts.DueSoonDays). */
export const DUE_SOON_DAYS = 7;

export type DueState =
  | { kind: 'overdue'; days: number }
  | { kind: 'today'; days: 0 }
  | { kind: 'soon'; days: number }
  | { kind: 'later'; days: number }
  | { kind: 'paused' }
  | { kind: 'closed' };

/** Where a plan stands against its next due date on `today` (yyyy-MM-dd, Shanghai). */
export function dueState(plan: Pick<FollowUpPlanDto, 'status' | 'nextDueDate'>, today: string): DueState {
  if (plan.status === 'Paused') {
    return { kind: 'paused' };
  }
  if (plan.status === 'Closed') {
    return { kind: 'closed' };
  }
  const days = daysBetween(today, plan.nextDueDate);
  if (days < 0) {
    return { kind: 'overdue', days: -days };
  }
  if (days === 0) {
    return { kind: 'today', days: 0 };
  }
  return days <= DUE_SOON_DAYS ? { kind: 'soon', days } : { kind: 'later', days };
}

/** The tag a due state shows: colour and message (null for "later": the date says enough). */
export function dueTag(state: DueState): { color: string; key: TextKey; days?: number } | null {
  switch (state.kind) {
    case 'overdue':
      return { color: 'red', key: 'followUp.overdueDays', days: state.days };
    case 'today':
      return { color: 'volcano', key: 'followUp.dueToday' };
    case 'soon':
      return { color: 'orange', key: 'followUp.dueInDays', days: state.days };
    case 'paused':
      return { color: 'default', key: 'Enum:FollowUpStatus.Paused' };
    case 'closed':
      return { color: 'default', key: 'Enum:FollowUpStatus.Closed' };
    default:
      return null;
  }
}
