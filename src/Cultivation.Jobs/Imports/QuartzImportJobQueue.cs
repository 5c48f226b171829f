using Quartz;

namespace Cultivation.Imports;

/// <summary>Hands import work to Quartz: a one-off trigger of <see cref="ImportJob"/> carrying the import's id.</summary>
public sealed class QuartzImportJobQueue(ISchedulerFactory schedulers) : IImportJobQueue
{
    public async ValueTask EnqueueAsync(Guid batchId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = TriggerBuilder.Create()
            .ForJob(ImportJob.Name)
            .WithIdentity($"import-{batchId:N}-{Guid.NewGuid():N}")
            .UsingJobData(ImportJob.BatchIdKey, batchId.ToString())
            .StartNow()
            // Fired late (every worker was busy or down) it still runs, once.
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(trigger, default, cancellationToken);
    }
}
