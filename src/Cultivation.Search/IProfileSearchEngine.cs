namespace Cultivation.Search;

/// <summary>One search contract over the embedded (Lucene.Net) and production (Elasticsearch) engines.</summary>
public interface IProfileSearchEngine
{
    /// <summary>Inserts or replaces documents by id; they are searchable when the task completes.</summary>
    Task IndexAsync(IReadOnlyCollection<ProfileDocument> documents, CancellationToken ct);

    /// <summary>Removes documents by id; ids not in the index are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>Replaces the whole index with <paramref name="all"/>; searches keep seeing the old index until the new one is complete.</summary>
    Task RebuildAsync(IAsyncEnumerable<ProfileDocument> all, CancellationToken ct);

    Task<ProfileSearchResult> SearchAsync(ProfileSearchQuery query, CancellationToken ct);

    Task<SearchIndexHealth> GetHealthAsync(CancellationToken ct);
}
