using Cultivation.Scheduling;
using Quartz;

namespace Cultivation.Imports;

/// <summary>
/// An import's background work (validate, commit or revert), one trigger per request. One import runs at a time in
/// the whole cluster, in the order asked. A trigger is durable in the clustered store; when the node running it dies,
/// another node recovers it and the import is put back on its way first (a validation that stopped its node twice
/// fails for good). Run without an import (an administrator's "run now"), it picks up whatever is waiting.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ImportJob(ImportJobRunner runner, IImportJobQueue queue) : IJob
{
    public const string Name = "imports";

    public const string BatchIdKey = "batchId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(context.MergedJobDataMap.GetString(BatchIdKey), out var batchId))
        {
            var queued = await runner.RecoverAsync(queue, cancellationToken);
            context.Result = new JobOutcome(queued == 0, $"queued {queued}");
            return;
        }
        if (context.Recovering)
        {
            await runner.RecoverAndRunAsync(batchId, cancellationToken);
        }
        else
        {
            await runner.RunAsync(batchId, cancellationToken);
        }
        context.Result = new JobOutcome(false, $"import {batchId}");
    }
}
