using Lucene.Net.Search;

namespace Cultivation.Search.Lucene;

/// <summary>
/// One search on one searcher: the page and the facets without a selection of their own from a single pass over
/// the fully filtered matches, then one pass per selected facet with every filter but its own (disjunctive counts,
/// as Elasticsearch's post_filter with filtered aggregations gives them).
/// </summary>
internal sealed class LuceneSearchExecution(IndexSearcher searcher, PreparedSearch search, LuceneQueryBuilder queries)
{
    public ProfileSearchResult Run()
    {
        var text = queries.TextQuery(search);
        var matches = LuceneQueryBuilder.Combine(text, queries.Filter(search, search.Filters));

        var pageSize = search.Skip + search.Take;
        // Scores are computed only when they order the hits; sorted by date or award a hit's score is 0, as in Elasticsearch.
        var page = pageSize > 0
            ? TopFieldCollector.Create(SortFor(search.Sort), pageSize, fillFields: false, trackDocScores: search.Sort == ProfileSort.Relevance, trackMaxScore: false, docsScoredInOrder: false)
            : null;
        var totalCounter = new TotalHitCountCollector();
        var unselectedFacets = new FacetCountingCollector(search.Facets.Where(f => !search.IsFiltered(f)).ToList());
        searcher.Search(matches, MultiCollector.Wrap(page, totalCounter, unselectedFacets));

        var facets = new Dictionary<string, IReadOnlyList<FacetValueCount>>(unselectedFacets.Results(), StringComparer.Ordinal);
        foreach (var facet in search.Facets.Where(search.IsFiltered))
        {
            var counter = new FacetCountingCollector([facet]);
            searcher.Search(LuceneQueryBuilder.Combine(text, queries.Filter(search, search.FiltersExcept(facet))), counter);
            facets[facet.Name] = counter.Results()[facet.Name];
        }

        var pageDocs = page is null ? [] : page.GetTopDocs(search.Skip, search.Take).ScoreDocs;
        var highlights = LuceneHitHighlighter.Highlight(text, searcher, pageDocs.Select(d => d.Doc).ToArray());
        var hits = pageDocs.Select((d, i) => ToHit(d, highlights[i])).ToList();
        return new ProfileSearchResult(totalCounter.TotalHits, hits, facets);
    }

    private static readonly HashSet<string> HitFields = [LuceneFields.Id, LuceneFields.EnterpriseId];

    private ProfileSearchHit ToHit(ScoreDoc scoreDoc, IReadOnlyDictionary<string, IReadOnlyList<string>> highlights)
    {
        var document = searcher.Doc(scoreDoc.Doc, HitFields);
        return new ProfileSearchHit(
            Guid.ParseExact(document.Get(LuceneFields.Id), "N"),
            Guid.ParseExact(document.Get(LuceneFields.EnterpriseId), "N"),
            float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score,
            highlights);
    }

    /// <summary>The same orders as the Elasticsearch engine, each ending on the id so pages never overlap.</summary>
    private static Sort SortFor(ProfileSort sort)
    {
        var byId = new SortField(LuceneFields.Id, SortFieldType.STRING);
        var newest = new SortField(LuceneFields.NewestAt, SortFieldType.INT64, reverse: true);
        return sort switch
        {
            ProfileSort.Relevance => new Sort(SortField.FIELD_SCORE, byId),
            ProfileSort.Newest => new Sort(newest, byId),
            ProfileSort.AwardLevel => new Sort(new SortField(LuceneFields.AwardRank, SortFieldType.INT64, reverse: true), newest, byId),
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
        };
    }
}
