import {
  clearFilters, emptyQuery, fromCriteria, hasFilters, parseSearchQuery, toApiParams, toCriteria, toNavigationParams, toSearchParams, toggleFacet
} from './profile-search-query';

describe('profile search state in the URL', () => {
  it('reads the text, repeated facet values, sort and page', () => {
    const query = parseSearchQuery({ q: ' 人工智能 ', industry: ['C39', 'I65'], prizeLevel: 'First', sort: 'Newest', page: '3' });
    expect(query.text).toBe('人工智能');
    expect(query.facets.industry).toEqual(['C39', 'I65']);
    expect(query.facets.prizeLevel).toEqual(['First']);
    expect(query.sort).toBe('Newest');
    expect(query.page).toBe(3);
  });

  it('drops values the server would refuse instead of failing', () => {
    const query = parseSearchQuery({ prizeLevel: ['First', 'Gold'], edition: ['2024', 'x'], financingStage: 'Nope', sort: 'Random', page: '-2' });
    expect(query.facets.prizeLevel).toEqual(['First']);
    expect(query.facets.edition).toEqual(['2024']);
    expect(query.facets.financingStage).toEqual([]);
    expect(query.sort).toBe('Relevance');
    expect(query.page).toBe(1);
  });

  it('writes only what is set, and reads back the same search', () => {
    const query = parseSearchQuery({ q: 'AI', district: '310115', chainTag: ['集成电路'], sort: 'AwardLevel', page: '2' });
    const params = toSearchParams(query);
    expect(params).toEqual({ q: 'AI', district: ['310115'], chainTag: ['集成电路'], sort: 'AwardLevel', page: '2' });
    expect(parseSearchQuery(params)).toEqual(query);
    expect(toSearchParams(emptyQuery())).toEqual({});
  });

  it('clears parameters that are no longer used when navigating', () => {
    const params = toNavigationParams(parseSearchQuery({ q: 'AI' }));
    expect(params['q']).toBe('AI');
    expect(params['industry']).toBeNull();
    expect(params['page']).toBeNull();
  });

  it('toggling a facet value returns to page one', () => {
    const query = { ...parseSearchQuery({ industry: 'C39' }), page: 4 };
    const added = toggleFacet(query, 'district', '310115', true);
    expect(added.facets.district).toEqual(['310115']);
    expect(added.page).toBe(1);
    expect(toggleFacet(added, 'industry', 'C39', false).facets.industry).toEqual([]);
    expect(hasFilters(added)).toBe(true);
    expect(hasFilters(clearFilters(added))).toBe(false);
    expect(clearFilters(added).text).toBe(query.text);
  });

  it('stores a search as the server\'s criteria and runs a saved one again', () => {
    const query = parseSearchQuery({ q: '新能源', edition: '2023', amountBand: 'From10MTo50M', sort: 'Newest', page: '2' });
    const criteria = toCriteria(query);
    expect(criteria).toMatchObject({ text: '新能源', edition: [2023], amountBand: ['From10MTo50M'], sort: 'Newest', skipCount: 10 });
    expect(fromCriteria(criteria)).toEqual({ ...query, page: 1 });
    expect(fromCriteria(null)).toEqual(emptyQuery());
  });
});

describe('profile search API parameters', () => {
  it('sends only the filters in use, with the page as skip and count', () => {
    const params = toApiParams(parseSearchQuery({ q: '人工智能', industry: 'C39', prizeLevel: ['First', 'Second'], page: '3' }));
    expect(params).toEqual({ Text: '人工智能', Industry: ['C39'], PrizeLevel: ['First', 'Second'], Sort: 'Relevance', SkipCount: 20, MaxResultCount: 10 });
  });
});
