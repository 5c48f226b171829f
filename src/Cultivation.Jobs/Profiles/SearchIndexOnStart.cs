using Cultivation.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cultivation.Profiles;

/// <summary>
/// At start: an empty index (a new installation, a deleted index folder, a new cluster) is built from the database,
/// so search never answers "nothing" for profiles that exist.
/// </summary>
public sealed class SearchIndexOnStart(IServiceScopeFactory scopes, ILogger<SearchIndexOnStart> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            await using var scope = scopes.CreateAsyncScope();
            var health = await scope.ServiceProvider.GetRequiredService<IProfileSearchEngine>().GetHealthAsync(stoppingToken);
            if (health.DocumentCount > 0)
            {
                return;
            }
            var count = await scope.ServiceProvider.GetRequiredService<ProfileIndexSync>().RebuildAsync(stoppingToken);
            if (count > 0)
            {
                logger.LogInformation("Built the empty search index from {Count} profiles.", count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not build the empty search index; the sync job and an administrator's rebuild will retry");
        }
    }
}
