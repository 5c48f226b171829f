import { facetViews } from './facet-panel';
import { parseSearchQuery } from './profile-search-query';

describe('profile search facets', () => {
  const facets = [
    { name: 'district', values: [{ value: '310115', label: '浦东新区', count: 7 }, { value: '310104', label: '徐汇区', count: 3 }] },
    { name: 'industry', values: [{ value: 'I65', label: '软件和信息技术服务业', count: 5 }] },
    { name: 'unknown', values: [{ value: 'x', label: 'x', count: 1 }] }
  ];

  it('shows the server\'s facets in the panel\'s order, with counts as returned and the chosen values checked', () => {
    const views = facetViews(facets, parseSearchQuery({ district: '310104' }));
    expect(views.map(v => v.name)).toEqual(['industry', 'district']);
    expect(views[1].label).toBe('profileSearch.facet.district');
    expect(views[1].values).toEqual([
      { value: '310115', label: '浦东新区', count: 7, checked: false },
      { value: '310104', label: '徐汇区', count: 3, checked: true }
    ]);
  });

  it('keeps a chosen value the server no longer counts, so it can be unchecked', () => {
    const views = facetViews([], parseSearchQuery({ prizeLevel: 'First' }));
    expect(views).toEqual([{ name: 'prizeLevel', label: 'profileSearch.facet.prizeLevel', values: [{ value: 'First', label: 'First', count: null, checked: true }] }]);
  });
});
