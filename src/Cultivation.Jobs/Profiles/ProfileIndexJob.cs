using Cultivation.Scheduling;
using Quartz;

namespace Cultivation.Profiles;

/// <summary>
/// Writes queued profile changes to the search index: on a short schedule, and at once when a profile is published or
/// withdrawn. One node at a time in a cluster; a run asked for while one is running waits and then finds what is left.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ProfileIndexJob(ProfileIndexSync sync) : IJob
{
    public const string Name = SearchAdminAppService.SyncJobName;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (written, removed, failed) = await sync.SyncDueAsync(cancellationToken);
        context.Result = new JobOutcome(written == 0 && removed == 0 && failed == 0, $"indexed {written}, removed {removed}, failed {failed}");
    }
}

public sealed class QuartzProfileIndexTrigger(ISchedulerFactory schedulers) : IProfileIndexTrigger
{
    public async ValueTask SyncNowAsync(CancellationToken cancellationToken = default) =>
        await (await schedulers.GetScheduler(cancellationToken)).TriggerJob(new JobKey(ProfileIndexJob.Name), cancellationToken);
}
