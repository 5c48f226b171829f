using Cultivation.Auditing;
using Cultivation.FollowUps;
using Cultivation.Scheduling;
using Quartz;

namespace Cultivation.FollowUps;

/// <summary>
/// Each day at 08:30 Shanghai time; on non-working days it records a skip. What it changes (due dates, escalations) is
/// system activity in the audit log, named as this job's action.
/// </summary>
[DisallowConcurrentExecution]
public sealed class FollowUpReminderJob(FollowUpReminderRun run, IAuditingManager auditing) : IJob
{
    public const string Name = "follow-up-reminders";

    public static readonly AuditAction Action = AuditAction.Of(typeof(FollowUpReminderJob), nameof(Execute));

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var _ = auditing.ForAction(Action);
        var result = await run.RunAsync(cancellationToken);
        context.Result = new JobOutcome(result.Skipped, result.ToString());
    }
}

/// <summary>Mondays at 09:00 Shanghai time.</summary>
[DisallowConcurrentExecution]
public sealed class WeeklyDigestJob(WeeklyDigestRun run) : IJob
{
    public const string Name = "weekly-digest";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sent = await run.RunAsync(cancellationToken);
        context.Result = new JobOutcome(false, $"digests {sent}");
    }
}
