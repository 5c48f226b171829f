import { Params } from '@angular/router';
import { STAGES, Stage } from './pipeline-logic';

/** The application list's filters as they sit in the URL. */
export interface ApplicationQuery {
  programmeId: string | null;
  batchId: string | null;
  stage: Stage | null;
  openOnly: boolean;
  overdue: boolean;
  mine: boolean;
  keyword: string | null;
  page: number;
}

export const APPLICATION_PAGE_SIZE = 20;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const first = (params: Params, key: string): string | null => {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

/** Reads the URL leniently: unknown values are dropped rather than sent. */
export function parseApplicationQuery(params: Params): ApplicationQuery {
  const id = (key: string): string | null => {
    const value = first(params, key);
    return value && GUID.test(value) ? value : null;
  };
  const stage = first(params, 'stage');
  const page = Number(first(params, 'page'));
  const keyword = first(params, 'q')?.trim().slice(0, 64) || null;
  return {
    programmeId: id('programme'),
    batchId: id('batch'),
    stage: STAGES.includes(stage as Stage) ? (stage as Stage) : null,
    openOnly: first(params, 'open') === 'true',
    overdue: first(params, 'overdue') === 'true',
    mine: first(params, 'mine') === 'true',
    keyword,
    page: Number.isInteger(page) && page > 1 ? page : 1
  };
}

/** The query as URL parameters (defaults left out). */
export function applicationQueryParams(query: ApplicationQuery): Params {
  return {
    programme: query.programmeId ?? null,
    batch: query.batchId ?? null,
    stage: query.stage ?? null,
    open: query.openOnly ? 'true' : null,
    overdue: query.overdue ? 'true' : null,
    mine: query.mine ? 'true' : null,
    q: query.keyword ?? null,
    page: query.page > 1 ? query.page : null
  };
}

/** The query as the list endpoint's parameters (GET api/app/policy-applications). */
export function applicationRequest(query: ApplicationQuery) {
  return {
    ProgrammeId: query.programmeId ?? undefined,
    BatchId: query.batchId ?? undefined,
    Stage: query.stage ?? undefined,
    OpenOnly: query.openOnly || undefined,
    Overdue: query.overdue || undefined,
    Mine: query.mine || undefined,
    Keyword: query.keyword ?? undefined,
    SkipCount: (query.page - 1) * APPLICATION_PAGE_SIZE,
    MaxResultCount: APPLICATION_PAGE_SIZE
  };
}
