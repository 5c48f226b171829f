import { FollowUpPlanDto } from '../../proxy/models/follow-up-plan-dto';
import { LogServiceResultDto } from '../../proxy/models/log-service-result-dto';
import { TimelineEntryDto } from '../../proxy/models/timeline-entry-dto';

/** How a plan's due date moved when a service was logged from this page. */
export interface DueMove {
  from: string;
  to: string;
}

/** Replaces the enterprise's plans in a page by the ones a logged service returned; notes each due date that moved. */
export function applyLoggedService(items: readonly FollowUpPlanDto[], result: LogServiceResultDto): { items: FollowUpPlanDto[]; moves: Record<string, DueMove> } {
  const updated = new Map(result.plans.map(p => [p.id, p]));
  const moves: Record<string, DueMove> = {};
  const next = items.map(item => {
    const plan = updated.get(item.id);
    if (!plan) {
      return item;
    }
    if (plan.nextDueDate !== item.nextDueDate) {
      moves[item.id] = { from: item.nextDueDate, to: plan.nextDueDate };
    }
    return plan;
  });
  return { items: next, moves };
}

const KIND_ORDER: Record<TimelineEntryDto['kind'], number> = { Award: 0, Service: 1, RequestRaised: 2, RequestResolved: 3, PlanStarted: 4, PolicyApplication: 5 };

/** Adds a logged service's timeline entries in the server's order: newest first, and on one day the later kind first. */
export function mergeTimeline(entries: readonly TimelineEntryDto[], added: readonly TimelineEntryDto[]): TimelineEntryDto[] {
  return [...added, ...entries].sort((a, b) => (a.date === b.date ? KIND_ORDER[b.kind] - KIND_ORDER[a.kind] : a.date < b.date ? 1 : -1));
}
