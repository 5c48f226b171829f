import { Params } from '@angular/router';
import { ProfileSearchSearch$Params } from '../../proxy/fn/profile-search/profile-search-search';
import { FinancingAmountBand } from '../../proxy/models/financing-amount-band';
import { FinancingStage } from '../../proxy/models/financing-stage';
import { NationalAdvancement } from '../../proxy/models/national-advancement';
import { PrizeLevel } from '../../proxy/models/prize-level';
import { ProfileSearchInput } from '../../proxy/models/profile-search-input';
import { FINANCING_AMOUNT_BANDS, FINANCING_STAGES, NATIONAL_ADVANCEMENTS, PRIZE_LEVELS, PROFILE_SEARCH_SORTS } from '../../shared/domain-enums';

/** The facets the server counts, in the order the panel shows them (SearchFacetDto.name). */
export const FACET_NAMES = [
  'industry', 'district', 'prizeLevel', 'nationalAdvancement', 'edition', 'financingStage', 'amountBand', 'chainTag', 'title'
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export type ProfileSearchSort = (typeof PROFILE_SEARCH_SORTS)[number];

/** A search as the URL keeps it (q, one repeated parameter per facet, sort, page) and as a saved search stores it. */
export interface ProfileSearchQuery {
  text: string | null;
  facets: Record<FacetName, string[]>;
  sort: ProfileSearchSort;
  page: number;
}

export const PAGE_SIZE = 10;
const MAX_TEXT = 100;
const MAX_VALUES = 20;

/** Facet values that are enums are checked against the server's names; codes and tags only for length. */
const ALLOWED: Partial<Record<FacetName, readonly string[]>> = {
  prizeLevel: PRIZE_LEVELS,
  nationalAdvancement: NATIONAL_ADVANCEMENTS,
  financingStage: FINANCING_STAGES,
  amountBand: FINANCING_AMOUNT_BANDS
};

export function emptyFacets(): Record<FacetName, string[]> {
  return Object.fromEntries(FACET_NAMES.map(name => [name, []])) as unknown as Record<FacetName, string[]>;
}

export function emptyQuery(): ProfileSearchQuery {
  return { text: null, facets: emptyFacets(), sort: 'Relevance', page: 1 };
}

function all(params: Params, key: string): string[] {
  const value = params[key];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
}

function facetValues(name: FacetName, raw: string[]): string[] {
  const allowed = ALLOWED[name];
  const valid = raw
    .map(v => v.trim())
    .filter(v => v && v.length <= 64)
    .filter(v => !allowed || allowed.includes(v))
    .filter(v => name !== 'edition' || /^\d{4}$/.test(v));
  return [...new Set(valid)].slice(0, MAX_VALUES);
}

/** Reads the URL leniently: unknown values are dropped, never an error. */
export function parseSearchQuery(params: Params): ProfileSearchQuery {
  const text = all(params, 'q')[0]?.trim().slice(0, MAX_TEXT);
  const sort = all(params, 'sort')[0];
  const page = Number(all(params, 'page')[0]);
  const facets = emptyFacets();
  for (const name of FACET_NAMES) {
    facets[name] = facetValues(name, all(params, name));
  }
  return {
    text: text ? text : null,
    facets,
    sort: (PROFILE_SEARCH_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ProfileSearchSort) : 'Relevance',
    page: Number.isInteger(page) && page > 1 && page <= 1000 ? page : 1
  };
}

/** The query string for a search, leaving out defaults so links stay short. */
export function toSearchParams(query: ProfileSearchQuery): Params {
  const params: Params = {};
  if (query.text) params['q'] = query.text;
  for (const name of FACET_NAMES) {
    if (query.facets[name].length) params[name] = [...query.facets[name]];
  }
  if (query.sort !== 'Relevance') params['sort'] = query.sort;
  if (query.page > 1) params['page'] = String(query.page);
  return params;
}

/** Every parameter the page owns, set to null where unused: for router.navigate to clear what is gone. */
export function toNavigationParams(query: ProfileSearchQuery): Params {
  const params: Params = { q: null, sort: null, page: null };
  for (const name of FACET_NAMES) params[name] = null;
  return { ...params, ...toSearchParams(query) };
}

/** The search in the server's ProfileSearchInput shape (the body of a saved search). Enum values were checked when parsed. */
export function toCriteria(query: ProfileSearchQuery): ProfileSearchInput {
  return {
    text: query.text,
    industry: query.facets.industry,
    district: query.facets.district,
    prizeLevel: query.facets.prizeLevel as PrizeLevel[],
    edition: query.facets.edition.map(Number),
    nationalAdvancement: query.facets.nationalAdvancement as NationalAdvancement[],
    financingStage: query.facets.financingStage as FinancingStage[],
    amountBand: query.facets.amountBand as FinancingAmountBand[],
    title: query.facets.title,
    chainTag: query.facets.chainTag,
    sort: query.sort,
    skipCount: (query.page - 1) * PAGE_SIZE,
    maxResultCount: PAGE_SIZE
  };
}

export type SearchCriteria = ProfileSearchInput;

/** The search in the generated client's query parameters (GET /api/app/profile-search); empty lists are left out. */
export function toApiParams(query: ProfileSearchQuery): ProfileSearchSearch$Params {
  const criteria = toCriteria(query);
  const params: ProfileSearchSearch$Params = { Sort: criteria.sort, SkipCount: criteria.skipCount, MaxResultCount: criteria.maxResultCount };
  if (criteria.text) params.Text = criteria.text;
  if (criteria.industry?.length) params.Industry = criteria.industry;
  if (criteria.district?.length) params.District = criteria.district;
  if (criteria.prizeLevel?.length) params.PrizeLevel = criteria.prizeLevel;
  if (criteria.edition?.length) params.Edition = criteria.edition;
  if (criteria.nationalAdvancement?.length) params.NationalAdvancement = criteria.nationalAdvancement;
  if (criteria.financingStage?.length) params.FinancingStage = criteria.financingStage;
  if (criteria.amountBand?.length) params.AmountBand = criteria.amountBand;
  if (criteria.title?.length) params.Title = criteria.title;
  if (criteria.chainTag?.length) params.ChainTag = criteria.chainTag;
  return params;
}

/** A saved search's criteria back to a query (page one), read as leniently as a URL. */
export function fromCriteria(input: ProfileSearchInput | null | undefined): ProfileSearchQuery {
  const params: Params = {};
  const criteria = input as Record<string, unknown> | null | undefined;
  if (criteria) {
    if (typeof criteria['text'] === 'string') params['q'] = criteria['text'];
    if (typeof criteria['sort'] === 'string') params['sort'] = criteria['sort'];
    for (const name of FACET_NAMES) {
      const values = criteria[name];
      if (Array.isArray(values)) params[name] = values.map(String);
    }
  }
  return parseSearchQuery(params);
}

/** The query with one facet value switched on or off; any change of filter goes back to page one. */
export function toggleFacet(query: ProfileSearchQuery, name: FacetName, value: string, on: boolean): ProfileSearchQuery {
  const current = query.facets[name].filter(v => v !== value);
  return { ...query, facets: { ...query.facets, [name]: on ? [...current, value] : current }, page: 1 };
}

export function hasFilters(query: ProfileSearchQuery): boolean {
  return FACET_NAMES.some(name => query.facets[name].length > 0);
}

export function clearFilters(query: ProfileSearchQuery): ProfileSearchQuery {
  return { ...query, facets: emptyFacets(), page: 1 };
}
