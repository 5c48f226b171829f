using Cultivation.Districts;
using Cultivation.IndustryFields;
using Cultivation.Localization;
using Cultivation.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Profiles;

/// <summary>
/// District and industry-field names by code for search results and facet labels, read from the database at most once
/// a minute: every search needs them and they change a few times a year (a renamed field shows within the minute).
/// </summary>
public sealed class SearchFacetNames(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(1);
    private (Snapshot Names, DateTimeOffset ReadAt)? _cached;

    public async Task<SearchNames> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is not { } cached || clock.GetUtcNow() - cached.ReadAt >= RefreshAfter)
        {
            cached = (await ReadAsync(cancellationToken), clock.GetUtcNow());
            _cached = cached;
        }
        return new SearchNames(Pick(cached.Names.Districts), Pick(cached.Names.Industries));
    }

    private static Dictionary<string, string> Pick(Dictionary<string, (string Name, string? EnglishName)> names) =>
        names.ToDictionary(n => n.Key, n => DisplayLanguage.Pick(n.Value.Name, n.Value.EnglishName));

    private async Task<Snapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var districts = await sp.GetRequiredService<IDistrictRepository>().GetAllAsync(cancellationToken);
        var fields = await sp.GetRequiredService<IAsyncQueryableExecuter>().ToListAsync(
            (await sp.GetRequiredService<IIndustryFieldRepository>().GetQueryableAsync()).Select(f => new { f.Code, f.Name, f.EnglishName }), cancellationToken);
        return new Snapshot(
            districts.ToDictionary(d => d.Code, d => (d.Name, (string?)d.EnglishName)),
            fields.ToDictionary(f => f.Code, f => (f.Name, f.EnglishName)));
    }

    private sealed record Snapshot(Dictionary<string, (string Name, string? EnglishName)> Districts, Dictionary<string, (string Name, string? EnglishName)> Industries);
}

/// <summary>Names in the reader's language, by district code and by industry-field code.</summary>
public sealed record SearchNames(Dictionary<string, string> Districts, Dictionary<string, string> Industries);
