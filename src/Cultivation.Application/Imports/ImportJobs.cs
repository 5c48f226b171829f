using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Imports;

/// <summary>
/// Where import work (validate, commit, revert) is handed over to run in the background: Quartz, beside the other
/// jobs (Cultivation.Jobs), durable in the clustered store.
/// </summary>
public interface IImportJobQueue
{
    ValueTask EnqueueAsync(Guid batchId, CancellationToken cancellationToken = default);
}

/// <summary>Live progress of import work running on this node (the database has the status and the last saved count).</summary>
public sealed class ImportProgressTracker
{
    private readonly ConcurrentDictionary<Guid, (int Done, int Total)> _running = new();

    public void Report(Guid batchId, int done, int total) => _running[batchId] = (done, total);

    public void Finish(Guid batchId) => _running.TryRemove(batchId, out _);

    public (int Done, int Total)? Find(Guid batchId) => _running.TryGetValue(batchId, out var progress) ? progress : null;
}

public static class ImportServiceCollectionExtensions
{
    /// <summary>The import service and what its background work needs; the queue that runs that work is Quartz's (AddCultivationJobs).</summary>
    public static IServiceCollection AddCultivationImports(this IServiceCollection services)
    {
        services.AddScoped<ImportManager>();
        services.AddScoped<ImportJobRunner>();
        services.AddSingleton<ImportProgressTracker>();
        services.AddAppService<IImportAppService, ImportAppService>();
        return services;
    }
}
