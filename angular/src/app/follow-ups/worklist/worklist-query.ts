import { Params } from '@angular/router';
import { FollowUpPlanGetWorklist$Params } from '../../proxy/fn/follow-up-plan/follow-up-plan-get-worklist';
import { FollowUpStatus } from '../../proxy/models/follow-up-status';
import { FOLLOW_UP_STATUSES } from '../../shared/domain-enums';

/** The worklist's filters, kept in the URL so an officer's view survives a reload and can be shared. */
export interface WorklistQuery {
  mine: boolean;
  /** Only plans due within this many days (overdue included); null: any due date. */
  dueWithinDays: 7 | 30 | null;
  status: FollowUpStatus;
  keyword: string | null;
  districtId: string | null;
  skipCount: number;
  maxResultCount: number;
}

export const WORKLIST_PAGE_SIZE = 20;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function first(params: Params, key: string): string | undefined {
  const value = Array.isArray(params[key]) ? params[key][0] : params[key];
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** Lenient: anything malformed falls back to the default (active plans, any due date, everyone's). */
export function parseWorklistQuery(params: Params): WorklistQuery {
  const due = Number(first(params, 'due'));
  const status = first(params, 'status');
  const skip = Number(first(params, 'skip'));
  const size = Number(first(params, 'size'));
  const district = first(params, 'district');
  const keyword = first(params, 'keyword')?.trim().slice(0, 64);
  return {
    mine: first(params, 'mine') === 'true',
    dueWithinDays: due === 7 || due === 30 ? due : null,
    status: FOLLOW_UP_STATUSES.includes(status as FollowUpStatus) ? (status as FollowUpStatus) : 'Active',
    keyword: keyword ? keyword : null,
    districtId: district && GUID.test(district) ? district : null,
    skipCount: Number.isInteger(skip) && skip > 0 ? skip : 0,
    maxResultCount: [10, 20, 50].includes(size) ? size : WORKLIST_PAGE_SIZE
  };
}

/** Only what differs from the defaults goes into the URL. */
export function toWorklistParams(query: WorklistQuery): Params {
  return {
    mine: query.mine ? 'true' : null,
    due: query.dueWithinDays,
    status: query.status === 'Active' ? null : query.status,
    keyword: query.keyword,
    district: query.districtId,
    skip: query.skipCount || null,
    size: query.maxResultCount === WORKLIST_PAGE_SIZE ? null : query.maxResultCount
  };
}

export function toWorklistApiParams(query: WorklistQuery): FollowUpPlanGetWorklist$Params {
  return {
    Mine: query.mine || undefined,
    DueWithinDays: query.dueWithinDays ?? undefined,
    Status: query.status,
    Keyword: query.keyword ?? undefined,
    DistrictId: query.districtId ?? undefined,
    SkipCount: query.skipCount,
    MaxResultCount: query.maxResultCount
  };
}
