using Nest;

namespace Cultivation.Search.Elasticsearch;

/// <summary>
/// Translates a <see cref="PreparedSearch"/> into one search request: text and scope in the query; the facet
/// filters in post_filter, so each facet's aggregation can apply every filter but its own (disjunctive counts).
/// </summary>
internal static class ElasticsearchSearchRequestBuilder
{
    public const string FacetValuesAggregation = "facet_values";

    public static ISearchRequest Build(PreparedSearch search, string alias)
    {
        var request = new SearchRequest<ElasticsearchHitSource>(alias)
        {
            From = search.Skip,
            Size = search.Take,
            TrackTotalHits = true,
            Source = new SourceFilter { Includes = Infer.Fields("enterpriseId") },
            Query = new BoolQuery
            {
                Must = TextQuery(search) is { } text ? [text] : null,
                Filter = new[] { ScopeQuery(search.Scope), ChangedSinceQuery(search.ChangedSince) }.OfType<QueryContainer>().ToArray() is { Length: > 0 } filter ? filter : null,
            },
            PostFilter = search.Filters.Count > 0 ? AllOf(search.Filters) : null,
            Sort = SortFor(search.Sort),
        };
        if (search.Facets.Count > 0)
        {
            request.Aggregations = new AggregationDictionary(search.Facets.ToDictionary(
                f => FacetAggregationName(f),
                f => (AggregationContainer)new FilterAggregation(FacetAggregationName(f))
                {
                    Filter = AllOf(search.FiltersExcept(f)),
                    Aggregations = new TermsAggregation(FacetValuesAggregation) { Field = f.Field, Size = PreparedSearch.MaxFacetValues },
                }));
        }
        if (search.HasText)
        {
            request.Highlight = new Highlight
            {
                PreTags = ["<em>"],
                PostTags = ["</em>"],
                FragmentSize = Lucene.LuceneHitHighlighter.FragmentSize,
                NumberOfFragments = Lucene.LuceneHitHighlighter.MaxFragments,
                Fields = ProfileTextFields.All.ToDictionary(f => (Field)f, _ => (IHighlightField)new HighlightField()),
            };
        }
        return request;
    }

    public static string FacetAggregationName(ProfileFacet facet) => "facet_" + facet.Name;

    private static QueryContainer? TextQuery(PreparedSearch search)
    {
        if (!search.HasText)
        {
            return null;
        }
        var alternatives = search.TextAlternatives.Select(AllTermsInSomeField).ToList();
        return alternatives.Count == 1 ? alternatives[0] : new DisMaxQuery { Queries = alternatives, TieBreaker = 0 };
    }

    private static QueryContainer AllTermsInSomeField(string text) => new MultiMatchQuery
    {
        Query = text,
        Type = TextQueryType.CrossFields,
        Operator = Operator.And,
        Fields = ProfileTextFields.All.Select(f => new Field(f, ProfileTextFields.Boost(f))).ToArray(),
    };

    private static QueryContainer? ChangedSinceQuery(DateTimeOffset? since) =>
        since is { } after ? new DateRangeQuery { Field = "updatedAt", GreaterThan = after.UtcDateTime } : null;

    private static QueryContainer? ScopeQuery(SearchScope scope)
    {
        var published = new TermQuery { Field = "isPublished", Value = true };
        return scope.Kind switch
        {
            SearchScopeKind.Everything => null,
            SearchScopeKind.PublishedOnly => published,
            SearchScopeKind.PublishedOrDistrict => new BoolQuery
            {
                Should = [published, new TermQuery { Field = "districtId", Value = scope.DistrictId!.Value.ToString() }],
                MinimumShouldMatch = 1,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope.Kind, null),
        };
    }

    private static QueryContainer AllOf(IEnumerable<FacetFilter> filters) => new BoolQuery
    {
        Filter = filters.Select(f => (QueryContainer)new TermsQuery { Field = f.Facet.Field, Terms = f.Values }).ToList(),
    };

    /// <summary>The same orders as the Lucene engine, each ending on the id so pages never overlap.</summary>
    private static IList<ISort> SortFor(ProfileSort sort)
    {
        var byId = new FieldSort { Field = "id", Order = SortOrder.Ascending };
        var newest = new FieldSort { Field = "newestAt", Order = SortOrder.Descending };
        return sort switch
        {
            ProfileSort.Relevance => [new FieldSort { Field = "_score", Order = SortOrder.Descending }, byId],
            ProfileSort.Newest => [newest, byId],
            ProfileSort.AwardLevel => [new FieldSort { Field = "awardRank", Order = SortOrder.Descending }, newest, byId],
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
        };
    }
}

/// <summary>What a hit's _source is cut down to.</summary>
internal sealed class ElasticsearchHitSource
{
    public Guid EnterpriseId { get; set; }
}
