using Nest;

namespace Cultivation.Search.Elasticsearch;

internal static class ElasticsearchSearchResultReader
{
    public static ProfileSearchResult Read(ISearchResponse<ElasticsearchHitSource> response, PreparedSearch search)
    {
        var hits = response.Hits.Select(h => new ProfileSearchHit(
                Guid.Parse(h.Id),
                h.Source?.EnterpriseId ?? Guid.Empty,
                h.Score ?? 0,
                h.Highlight.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value.ToList(), StringComparer.Ordinal)))
            .ToList();
        var facets = search.Facets.ToDictionary(
            f => f.Name,
            f => (IReadOnlyList<FacetValueCount>)(response.Aggregations
                    .Filter(ElasticsearchSearchRequestBuilder.FacetAggregationName(f))?
                    .Terms(ElasticsearchSearchRequestBuilder.FacetValuesAggregation)?.Buckets ?? [])
                .Select(b => new FacetValueCount(b.Key, b.DocCount ?? 0))
                .ToList(),
            StringComparer.Ordinal);
        return new ProfileSearchResult(response.Total, hits, facets);
    }
}
