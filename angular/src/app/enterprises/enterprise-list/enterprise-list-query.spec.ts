import { EMPTY_FILTER, hasFilter, parseListQuery, parseSorting, sortOrderOf, sortingFor, toApiParams, toQueryParams } from './enterprise-list-query';

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
});
