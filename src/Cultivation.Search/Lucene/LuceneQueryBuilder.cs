using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Cultivation.Search.Lucene;

/// <summary>
/// Translates a <see cref="PreparedSearch"/> into Lucene queries with the semantics of the Elasticsearch engine:
/// every term of an alternative in some text field (multi_match cross_fields, operator and), the best alternative
/// scoring (dis_max), filters that do not score (bool filter / post_filter).
/// </summary>
internal sealed class LuceneQueryBuilder(Analyzer analyzer)
{
    /// <summary>The scored text part, or null when the search has no text (every document matches).</summary>
    public Query? TextQuery(PreparedSearch search)
    {
        if (!search.HasText)
        {
            return null;
        }
        var alternatives = search.TextAlternatives.Select(AllTermsInSomeField).ToList();
        if (alternatives.Count == 1)
        {
            return alternatives[0];
        }
        var disMax = new DisjunctionMaxQuery(0f);
        foreach (var alternative in alternatives)
        {
            disMax.Add(alternative);
        }
        return disMax;
    }

    /// <summary>The documents the caller may see that pass the given facet filters.</summary>
    public Query Filter(PreparedSearch search, IEnumerable<FacetFilter> filters)
    {
        var all = new BooleanQuery();
        var scopeQuery = Scope(search.Scope);
        if (scopeQuery is not null)
        {
            all.Add(scopeQuery, Occur.MUST);
        }
        if (search.ChangedSince is { } since)
        {
            all.Add(NumericRangeQuery.NewInt64Range(LuceneFields.UpdatedAt, since.UtcTicks, null, minInclusive: false, maxInclusive: true), Occur.MUST);
        }
        foreach (var filter in filters)
        {
            var anyValue = new BooleanQuery();
            foreach (var value in filter.Values)
            {
                anyValue.Add(new TermQuery(new Term(LuceneFields.Facet(filter.Facet), value)), Occur.SHOULD);
            }
            all.Add(anyValue, Occur.MUST);
        }
        return all.Clauses.Count == 0 ? new MatchAllDocsQuery() : all;
    }

    /// <summary>Text scored, filters not: the filter narrows the matches without changing their scores.</summary>
    public static Query Combine(Query? text, Query filter) =>
        new FilteredQuery(text ?? new MatchAllDocsQuery(), new QueryWrapperFilter(filter));

    private static Query? Scope(SearchScope scope)
    {
        var published = new TermQuery(new Term(LuceneFields.Published, LuceneFields.True));
        return scope.Kind switch
        {
            SearchScopeKind.Everything => null,
            SearchScopeKind.PublishedOnly => published,
            SearchScopeKind.PublishedOrDistrict => new BooleanQuery
            {
                { published, Occur.SHOULD },
                { new TermQuery(new Term(LuceneFields.DistrictId, LuceneFields.Key(scope.DistrictId!.Value))), Occur.SHOULD },
            },
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope.Kind, null),
        };
    }

    private Query AllTermsInSomeField(string text)
    {
        var terms = Analyze(text);
        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            var inSomeField = new BooleanQuery();
            foreach (var field in ProfileTextFields.All)
            {
                inSomeField.Add(new TermQuery(new Term(field, term)) { Boost = ProfileTextFields.Boost(field) }, Occur.SHOULD);
            }
            all.Add(inSomeField, Occur.MUST);
        }
        // Only stop words or punctuation: nothing matches (Elasticsearch's zero_terms_query: none).
        return all;
    }

    private List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(ProfileTextFields.Summary, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms.Distinct(StringComparer.Ordinal).ToList();
    }
}
