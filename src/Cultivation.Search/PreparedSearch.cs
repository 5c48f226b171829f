namespace Cultivation.Search;

/// <summary>A query checked and with its synonyms expanded: what both engines translate, so they agree.</summary>
internal sealed record PreparedSearch(
    IReadOnlyList<string> TextAlternatives,
    IReadOnlyList<FacetFilter> Filters,
    SearchScope Scope,
    DateTimeOffset? ChangedSince,
    ProfileSort Sort,
    int Skip,
    int Take,
    IReadOnlyList<ProfileFacet> Facets)
{
    /// <summary>Values a facet returns at most (the terms aggregation's size in Elasticsearch).</summary>
    public const int MaxFacetValues = 100;

    public bool HasText => TextAlternatives.Count > 0;

    /// <summary>The filters that apply when counting <paramref name="facet"/>: all but its own (multi-select facets).</summary>
    public IEnumerable<FacetFilter> FiltersExcept(ProfileFacet facet) => Filters.Where(f => f.Facet.Name != facet.Name);

    public bool IsFiltered(ProfileFacet facet) => Filters.Any(f => f.Facet.Name == facet.Name);

    public static async Task<PreparedSearch> PrepareAsync(ProfileSearchQuery query, ISearchSynonymSource synonyms, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Skip < 0 || query.Take < 0 || query.Take > ProfileSearchQuery.MaxTake)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"Skip must be >= 0 and Take between 0 and {ProfileSearchQuery.MaxTake}.");
        }
        var text = query.Text?.Trim();
        var alternatives = string.IsNullOrEmpty(text) ? [] : (await synonyms.GetSynonymsAsync(ct)).Expand(text);
        var filters = query.Filters
            .Where(f => f.Value.Count > 0)
            .Select(f => new FacetFilter(ProfileFacets.Get(f.Key), f.Value.Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        var facets = query.Facets.Distinct(StringComparer.Ordinal).Select(ProfileFacets.Get).ToList();
        return new PreparedSearch(alternatives, filters, query.Scope, query.ChangedSince, query.Sort, query.Skip, query.Take, facets);
    }
}

/// <summary>The selected values of one facet: a document matches when it has any of them.</summary>
internal sealed record FacetFilter(ProfileFacet Facet, IReadOnlyList<string> Values);
