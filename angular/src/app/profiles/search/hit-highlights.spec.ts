import { highlightedField, hitSnippets } from './hit-highlights';

describe('search hit highlights', () => {
  const hit = {
    highlights: {
      headline: ['面向制造业的<em>人工智能</em>视觉质检平台'],
      team: ['<em>人工智能</em>方向博士'],
      summary: ['以<em>人工智能</em>服务制造', '落地<em>人工智能</em>质检'],
      unknown: ['x']
    }
  };

  it('shows the body fields that matched, in a fixed order, with their labels', () => {
    expect(hitSnippets(hit)).toEqual([
      { field: 'summary', label: 'profileSearch.highlight.summary', html: '以<em>人工智能</em>服务制造 … 落地<em>人工智能</em>质检' },
      { field: 'team', label: 'profileSearch.highlight.team', html: '<em>人工智能</em>方向博士' }
    ]);
    expect(hitSnippets({ highlights: {} })).toEqual([]);
  });

  it('marks the headline or name in place only when the server highlighted it', () => {
    expect(highlightedField(hit, 'headline')).toBe('面向制造业的<em>人工智能</em>视觉质检平台');
    expect(highlightedField(hit, 'name')).toBeNull();
  });
});
