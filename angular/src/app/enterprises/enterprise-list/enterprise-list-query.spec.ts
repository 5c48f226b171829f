import {
  EMPTY_FILTER, UNRESOLVED_INDUSTRY, hasFilter, industryChoiceOf, industryFilterOf, parseListQuery, parseSorting, sortOrderOf, sortingFor, toApiParams, toQueryParams
} from './enterprise-list-query';

const PUDONG = '00000000-0000-7000-8000-310115000000';

describe('enterprise list state in the URL', () => {
  it('reads filters, sorting and paging from the query string', () => {
    const query = parseListQuery({
      districtId: PUDONG, track: 'Enterprise', prizeLevel: 'First', kind: 'Company', keyword: ' 云帆 ',
      sorting: 'foundedOn desc', skipCount: '40', maxResultCount: '20'
    });
    expect(query).toMatchObject({ districtId: PUDONG, track: 'Enterprise', prizeLevel: 'First', kind: 'Company', keyword: '云帆', sorting: 'foundedOn desc', skipCount: 40 });
  });

  it('ignores malformed values instead of failing', () => {
    const query = parseListQuery({ districtId: 'x', track: 'Nope', sorting: 'password desc', skipCount: '-5', maxResultCount: '5000' });
    expect(query).toEqual({ ...EMPTY_FILTER, sorting: null, skipCount: 0, maxResultCount: 20 });
  });

  it('writes only non-default values, and reads back the same state', () => {
    const query = parseListQuery({ editionId: '00000000-0000-7000-8000-000000002024', nationalAdvancement: 'EnterpriseTop500', sorting: 'name asc', skipCount: '20', maxResultCount: '50' });
    const params = toQueryParams(query);
    expect(params).toEqual({
      editionId: '00000000-0000-7000-8000-000000002024', nationalAdvancement: 'EnterpriseTop500', sorting: 'name asc', skipCount: '20', maxResultCount: '50'
    });
    expect(parseListQuery(params)).toEqual(query);
    expect(toQueryParams(parseListQuery({}))).toEqual({});
  });

  it('maps to the generated client parameters', () => {
    expect(toApiParams(parseListQuery({ districtId: PUDONG, sorting: 'creationTime desc', skipCount: '20' }))).toEqual({
      DistrictId: PUDONG, Sorting: 'creationTime desc', SkipCount: 20, MaxResultCount: 20
    });
  });

  it('translates sort headers to and from sorting strings', () => {
    expect(parseSorting('CREDITCODE')).toBe('creditCode asc');
    expect(sortOrderOf('name desc', 'name')).toBe('descend');
    expect(sortOrderOf('name desc', 'foundedOn')).toBeNull();
    expect(sortingFor('foundedOn', 'ascend')).toBe('foundedOn asc');
    expect(sortingFor('foundedOn', null)).toBeNull();
  });

  it('knows whether any filter is set', () => {
    expect(hasFilter(EMPTY_FILTER)).toBe(false);
    expect(hasFilter({ ...EMPTY_FILTER, keyword: 'x' })).toBe(true);
  });

  it('reads 待归类 from industryUnresolved=true and asks the server for IndustryFieldUnresolved', () => {
    const query = parseListQuery({ industryUnresolved: 'true', districtId: PUDONG });
    expect(query.industryUnresolved).toBe(true);
    expect(hasFilter(query)).toBe(true);
    expect(toApiParams(query)).toEqual({ DistrictId: PUDONG, IndustryFieldUnresolved: true, SkipCount: 0, MaxResultCount: 20 });
    expect(toQueryParams(query)).toEqual({ industryUnresolved: 'true', districtId: PUDONG });
    expect(parseListQuery(toQueryParams(query))).toEqual(query);
    // Anything but "true" is no filter; 待归类 and a field exclude each other (the server would answer nothing).
    expect(parseListQuery({ industryUnresolved: '1' }).industryUnresolved).toBeNull();
    expect(toApiParams(parseListQuery({ industryUnresolved: 'false' }))).not.toHaveProperty('IndustryFieldUnresolved');
    const both = parseListQuery({ industryUnresolved: 'true', industryFieldId: PUDONG });
    expect(both).toMatchObject({ industryUnresolved: true, industryFieldId: null });
  });

  it('offers 待归类 as one choice of the 行业领域 select', () => {
    expect(industryChoiceOf({ industryFieldId: null, industryUnresolved: true })).toBe(UNRESOLVED_INDUSTRY);
    expect(industryChoiceOf({ industryFieldId: PUDONG, industryUnresolved: null })).toBe(PUDONG);
    expect(industryFilterOf(UNRESOLVED_INDUSTRY)).toEqual({ industryFieldId: null, industryUnresolved: true });
    expect(industryFilterOf(PUDONG)).toEqual({ industryFieldId: PUDONG, industryUnresolved: null });
    expect(industryFilterOf(null)).toEqual({ industryFieldId: null, industryUnresolved: null });
  });
});
