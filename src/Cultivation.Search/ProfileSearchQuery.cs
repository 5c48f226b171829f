namespace Cultivation.Search;

/// <summary>
/// A search: free text (Chinese and English, synonyms expanded), facet filters (OR within a facet, AND
/// across facets), who may see what (<see cref="Scope"/>), order, a page, and the facets to count.
/// </summary>
public sealed record ProfileSearchQuery
{
    public string? Text { get; init; }

    /// <summary>Facet name (<see cref="ProfileFacets"/>) → the selected values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> Filters { get; init; } =
        new Dictionary<string, IReadOnlyCollection<string>>();

    public SearchScope Scope { get; init; } = SearchScope.PublishedOnly;

    /// <summary>Only documents changed after this instant (<see cref="ProfileDocument.UpdatedAt"/>): what a saved search's alert reports.</summary>
    public DateTimeOffset? ChangedSince { get; init; }
    public ProfileSort Sort { get; init; } = ProfileSort.Relevance;
    public int Skip { get; init; }
    public int Take { get; init; } = 20;

    /// <summary>Facet names to count; each is counted with every filter applied except its own.</summary>
    public IReadOnlyCollection<string> Facets { get; init; } = [];

    public const int MaxTake = 100;
}

public enum ProfileSort
{
    Relevance,
    Newest,
    AwardLevel,
}

public enum SearchScopeKind
{
    PublishedOnly,
    PublishedOrDistrict,
    Everything,
}

/// <summary>Which profiles a caller may see: investors published ones, a district officer also its district's drafts.</summary>
public sealed record SearchScope
{
    private SearchScope(SearchScopeKind kind, Guid? districtId) => (Kind, DistrictId) = (kind, districtId);

    public SearchScopeKind Kind { get; }
    public Guid? DistrictId { get; }

    public static SearchScope PublishedOnly { get; } = new(SearchScopeKind.PublishedOnly, null);
    public static SearchScope Everything { get; } = new(SearchScopeKind.Everything, null);
    public static SearchScope PublishedOrDistrict(Guid districtId) => new(SearchScopeKind.PublishedOrDistrict, districtId);
}
