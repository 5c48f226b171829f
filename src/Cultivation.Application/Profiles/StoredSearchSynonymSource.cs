using Cultivation.Repositories;
using Cultivation.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Profiles;

/// <summary>
/// The administrators' synonym list for both engines, read from the database at most once a minute (a change on this
/// node applies at once; other nodes of a cluster follow within the minute).
/// </summary>
public sealed class StoredSearchSynonymSource(IServiceScopeFactory scopes, TimeProvider clock) : ISearchSynonymSource
{
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(1);
    private (SearchSynonyms Synonyms, DateTimeOffset ReadAt)? _cached;

    public async ValueTask<SearchSynonyms> GetSynonymsAsync(CancellationToken ct)
    {
        if (_cached is { } cached && clock.GetUtcNow() - cached.ReadAt < RefreshAfter)
        {
            return cached.Synonyms;
        }
        await using var scope = scopes.CreateAsyncScope();
        var list = await scope.ServiceProvider.GetRequiredService<IRepository<SearchSynonymList, Guid>>()
            .FindAsync(SearchSynonymList.SingletonId, cancellationToken: ct);
        var synonyms = list is null ? SearchSynonyms.None : SearchSynonyms.Parse(list.Lines);
        _cached = (synonyms, clock.GetUtcNow());
        return synonyms;
    }

    public void Forget() => _cached = null;
}
