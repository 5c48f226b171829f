using Cultivation.Scheduling;
using Quartz;

namespace Cultivation.Profiles;

/// <summary>A full rebuild of the search index from the database, on an administrator's request (or DbMigrator --reindex).</summary>
[DisallowConcurrentExecution]
public sealed class ProfileIndexRebuildJob(ProfileIndexSync sync) : IJob
{
    public const string Name = SearchAdminAppService.RebuildJobName;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var count = await sync.RebuildAsync(cancellationToken);
        context.Result = new JobOutcome(false, $"indexed {count}");
    }
}
