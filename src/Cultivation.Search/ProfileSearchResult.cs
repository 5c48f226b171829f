namespace Cultivation.Search;

public sealed record ProfileSearchResult(
    long Total,
    IReadOnlyList<ProfileSearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueCount>> Facets);

/// <summary>A hit; <see cref="Score"/> is the relevance score when sorted by relevance, 0 otherwise; <see cref="Highlights"/> maps a field name (<see cref="ProfileTextFields"/>) to fragments marked with &lt;em&gt;…&lt;/em&gt;.</summary>
public sealed record ProfileSearchHit(
    Guid Id,
    Guid EnterpriseId,
    double Score,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Highlights);

public sealed record FacetValueCount(string Value, long Count);

public sealed record SearchIndexHealth(string Engine, string IndexName, long DocumentCount, string MappingVersion);
