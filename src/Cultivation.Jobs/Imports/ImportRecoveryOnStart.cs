using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cultivation.Imports;

/// <summary>
/// At start: imports waiting in the database, or left running by a node that stopped long ago, are handed to Quartz
/// again (the in-memory store forgets its triggers with the process; handing one over twice is harmless, as each
/// step claims its import first).
/// </summary>
public sealed class ImportRecoveryOnStart(IServiceScopeFactory scopes, ILogger<ImportRecoveryOnStart> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            await using var scope = scopes.CreateAsyncScope();
            var queued = await scope.ServiceProvider.GetRequiredService<ImportJobRunner>()
                .RecoverAsync(scope.ServiceProvider.GetRequiredService<IImportJobQueue>(), stoppingToken);
            if (queued > 0)
            {
                logger.LogInformation("Picked up {Count} pending imports.", queued);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not pick up pending imports");
        }
    }
}
