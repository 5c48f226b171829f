using Cultivation.Auditing;
using Cultivation.Scheduling;
using Quartz;

namespace Cultivation.Policies;

/// <summary>
/// Every day (Jobs:PolicyTitleCron, 08:15 Shanghai): lapsed titles marked, update deadlines moved on, reminders ahead of
/// the update duty, 复核 and expiry. What it changes is system activity in the audit log, named as this job's action.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PolicyTitleJob(PolicyTitleRun run, IAuditingManager auditing) : IJob
{
    public const string Name = "policy-titles";

    public static readonly AuditAction Action = AuditAction.Of(typeof(PolicyTitleJob), nameof(Execute));

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var _ = auditing.ForAction(Action);
        var result = await run.RunAsync(cancellationToken);
        context.Result = new JobOutcome(result.Lapsed + result.DutiesAdvanced + result.Reminders == 0, result.ToString());
    }
}
