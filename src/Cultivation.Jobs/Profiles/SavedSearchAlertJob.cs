using Cultivation.Scheduling;
using Quartz;

namespace Cultivation.Profiles;

/// <summary>Every day (Jobs:SavedSearchAlertCron, 08:00 Shanghai): saved searches' owners hear of new or changed matching profiles.</summary>
[DisallowConcurrentExecution]
public sealed class SavedSearchAlertJob(SavedSearchAlertRun run) : IJob
{
    public const string Name = "saved-search-alerts";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (checkedCount, alerted) = await run.RunAsync(cancellationToken);
        context.Result = new JobOutcome(checkedCount == 0, $"checked {checkedCount}, alerted {alerted}");
    }
}
