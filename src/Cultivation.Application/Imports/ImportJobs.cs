using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cultivation.Imports;

/// <summary>
/// Where import work (validate, commit, revert) is handed over to run in the background. The hosted queue
/// below runs it in this process; a scheduler (Quartz) can take its place without the import knowing.
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

/// <summary>An in-process queue: one import at a time, in the order asked.</summary>
public sealed class HostedImportJobQueue : IImportJobQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Guid> Reader => _channel.Reader;

    public ValueTask EnqueueAsync(Guid batchId, CancellationToken cancellationToken = default) => _channel.Writer.WriteAsync(batchId, cancellationToken);
}

/// <summary>
/// Runs queued import work. On start it picks up what is queued in the database and what a stopped node left
/// half-done (the database transaction of an interrupted commit rolled back, so it is validated again).
/// </summary>
public sealed class ImportJobWorker(HostedImportJobQueue queue, IServiceScopeFactory scopes, ILogger<ImportJobWorker> logger) : BackgroundService
{
    /// <summary>Work running longer than this was left behind by a node that stopped.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ImportJobRunner>().RecoverAsync(queue, stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not pick up pending imports");
        }
        await foreach (var batchId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ImportJobRunner>().RunAsync(batchId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Import {BatchId} failed", batchId);
            }
        }
    }
}

public static class ImportServiceCollectionExtensions
{
    /// <summary>The import service, its background queue and the worker that runs it (in hosts that run hosted services).</summary>
    public static IServiceCollection AddCultivationImports(this IServiceCollection services)
    {
        services.AddScoped<ImportManager>();
        services.AddScoped<ImportJobRunner>();
        services.AddSingleton<ImportProgressTracker>();
        services.AddSingleton<HostedImportJobQueue>();
        services.AddSingleton<IImportJobQueue>(sp => sp.GetRequiredService<HostedImportJobQueue>());
        services.AddHostedService<ImportJobWorker>();
        services.AddAppService<IImportAppService, ImportAppService>();
        return services;
    }
}
