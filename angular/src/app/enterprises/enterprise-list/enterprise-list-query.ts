import { Params } from '@angular/router';
import { EnterpriseGetList$Params } from '../../proxy/fn/enterprise/enterprise-get-list';
import { ContestTrack } from '../../proxy/models/contest-track';
import { EnterpriseKind } from '../../proxy/models/enterprise-kind';
import { NationalAdvancement } from '../../proxy/models/national-advancement';
import { PrizeLevel } from '../../proxy/models/prize-level';
import { CONTEST_TRACKS, ENTERPRISE_KINDS, NATIONAL_ADVANCEMENTS, PRIZE_LEVELS } from '../../shared/domain-enums';

/** The enterprise list's state, kept in the URL's query string so a view can be bookmarked and shared. */
export interface EnterpriseListQuery {
  districtId: string | null;
  industryFieldId: string | null;
  /** 待归类: enterprises whose 行业领域 the catalogue did not recognise (URL `industryUnresolved=true`). */
  industryUnresolved: true | null;
  editionId: string | null;
  track: ContestTrack | null;
  prizeLevel: PrizeLevel | null;
  nationalAdvancement: NationalAdvancement | null;
  kind: EnterpriseKind | null;
  keyword: string | null;
  sorting: string | null;
  skipCount: number;
  maxResultCount: number;
}

export type EnterpriseFilter = Omit<EnterpriseListQuery, 'sorting' | 'skipCount' | 'maxResultCount'>;

export const SORTABLE_FIELDS = ['name', 'creditCode', 'foundedOn', 'creationTime'] as const;
export type SortableField = (typeof SORTABLE_FIELDS)[number];
export const PAGE_SIZES = [10, 20, 50, 100];
export const DEFAULT_PAGE_SIZE = 20;

export const EMPTY_FILTER: EnterpriseFilter = {
  districtId: null, industryFieldId: null, industryUnresolved: null, editionId: null, track: null, prizeLevel: null,
  nationalAdvancement: null, kind: null, keyword: null
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | null {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function guid(value: string | undefined): string | null {
  return value && GUID.test(value) ? value : null;
}

function first(params: Params, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : typeof value === 'string' ? value : undefined;
}

/** Reads the query string leniently: unknown or malformed values fall back to "no filter". */
export function parseListQuery(params: Params): EnterpriseListQuery {
  const skip = Number(first(params, 'skipCount'));
  const size = Number(first(params, 'maxResultCount'));
  const keyword = first(params, 'keyword')?.trim().slice(0, 64);
  // 待归类 means "no field yet": it excludes a field filter (the server would answer nothing for both).
  const unresolved = first(params, 'industryUnresolved') === 'true';
  return {
    districtId: guid(first(params, 'districtId')),
    industryFieldId: unresolved ? null : guid(first(params, 'industryFieldId')),
    industryUnresolved: unresolved ? true : null,
    editionId: guid(first(params, 'editionId')),
    track: oneOf(first(params, 'track'), CONTEST_TRACKS),
    prizeLevel: oneOf(first(params, 'prizeLevel'), PRIZE_LEVELS),
    nationalAdvancement: oneOf(first(params, 'nationalAdvancement'), NATIONAL_ADVANCEMENTS),
    kind: oneOf(first(params, 'kind'), ENTERPRISE_KINDS),
    keyword: keyword ? keyword : null,
    sorting: parseSorting(first(params, 'sorting')),
    skipCount: Number.isInteger(skip) && skip > 0 ? skip : 0,
    maxResultCount: PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE
  };
}

/** "name asc" / "foundedOn desc"; anything else means the server's default (name ascending). */
export function parseSorting(value: string | undefined | null): string | null {
  const match = value ? /^(\w+)(?:\s+(asc|desc))?$/i.exec(value.trim()) : null;
  const field = match ? SORTABLE_FIELDS.find(f => f.toLowerCase() === match[1].toLowerCase()) : undefined;
  return field ? `${field} ${(match?.[2] ?? 'asc').toLowerCase()}` : null;
}

/** The query string for a state, leaving out what is at its default so URLs stay short. */
export function toQueryParams(query: EnterpriseListQuery): Params {
  const params: Params = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === '') {
      continue;
    }
    if ((key === 'skipCount' && value === 0) || (key === 'maxResultCount' && value === DEFAULT_PAGE_SIZE)) {
      continue;
    }
    params[key] = String(value);
  }
  return params;
}

/** The filters in the generated client's parameter names. */
export function toApiFilter(filter: EnterpriseFilter): EnterpriseGetList$Params {
  const params: EnterpriseGetList$Params = {};
  if (filter.districtId) params.DistrictId = filter.districtId;
  if (filter.industryFieldId) params.IndustryFieldId = filter.industryFieldId;
  if (filter.industryUnresolved) params.IndustryFieldUnresolved = true;
  if (filter.editionId) params.EditionId = filter.editionId;
  if (filter.track) params.Track = filter.track;
  if (filter.prizeLevel) params.PrizeLevel = filter.prizeLevel;
  if (filter.nationalAdvancement) params.NationalAdvancement = filter.nationalAdvancement;
  if (filter.kind) params.Kind = filter.kind;
  if (filter.keyword) params.Keyword = filter.keyword;
  return params;
}

export function toApiParams(query: EnterpriseListQuery): EnterpriseGetList$Params {
  return {
    ...toApiFilter(query),
    ...(query.sorting ? { Sorting: query.sorting } : {}),
    SkipCount: query.skipCount,
    MaxResultCount: query.maxResultCount
  };
}

export function sortOrderOf(sorting: string | null, field: SortableField): 'ascend' | 'descend' | null {
  const [current, direction] = (sorting ?? '').split(' ');
  return current === field ? (direction === 'desc' ? 'descend' : 'ascend') : null;
}

export function sortingFor(field: SortableField, order: string | null): string | null {
  return order === 'ascend' ? `${field} asc` : order === 'descend' ? `${field} desc` : null;
}

export function hasFilter(query: EnterpriseFilter): boolean {
  return Object.keys(EMPTY_FILTER).some(key => query[key as keyof EnterpriseFilter] !== null);
}

/** The filter bar's 行业领域 select offers the catalogue's fields and, as its own option, 待归类. */
export const UNRESOLVED_INDUSTRY = 'unresolved';

/** The select's value for a filter: a field id, {@link UNRESOLVED_INDUSTRY}, or null. */
export function industryChoiceOf(filter: Pick<EnterpriseFilter, 'industryFieldId' | 'industryUnresolved'>): string | null {
  return filter.industryUnresolved ? UNRESOLVED_INDUSTRY : filter.industryFieldId;
}

/** The filter's two industry values for the select's value. */
export function industryFilterOf(choice: string | null): Pick<EnterpriseFilter, 'industryFieldId' | 'industryUnresolved'> {
  return choice === UNRESOLVED_INDUSTRY ? { industryFieldId: null, industryUnresolved: true } : { industryFieldId: choice, industryUnresolved: null };
}
