using Cultivation.FollowUps;
using Cultivation.Jobs;
using Cultivation.Repositories;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Cultivation.Scheduling;

/// <summary>
/// Degraded when the daily follow-up job has not completed (succeeded or skipped a non-working day) for
/// 26 hours: reminders would otherwise stop without anyone noticing. A node that just started gets that
/// long to run it.
/// </summary>
public sealed class SchedulerHealthCheck(
    IRepository<JobRun, Guid> runs,
    IAsyncQueryableExecuter executer,
    IOptions<JobsOptions> options,
    SchedulerStartTime started,
    TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var lastCompleted = await executer.FirstOrDefaultAsync((await runs.GetQueryableAsync())
            .Where(r => r.JobName == FollowUpReminderJob.Name && (r.Outcome == JobRunOutcome.Succeeded || r.Outcome == JobRunOutcome.Skipped))
            .OrderByDescending(r => r.EndTime).Select(r => r.EndTime), cancellationToken);
        var since = lastCompleted is { } last && last > started.UtcTime ? last : started.UtcTime;
        var age = clock.GetUtcNow().UtcDateTime - since;
        return age > TimeSpan.FromHours(options.Value.StaleAfterHours)
            ? HealthCheckResult.Degraded($"The daily follow-up job has not completed since {since:u}.")
            : HealthCheckResult.Healthy(lastCompleted is null ? "The daily job has not run yet on this database." : $"Last completed {lastCompleted:u}.");
    }
}

/// <summary>When this node began to be watched: the first readiness check, which probes make right after start.</summary>
public sealed class SchedulerStartTime(TimeProvider clock)
{
    public DateTime UtcTime { get; } = clock.GetUtcNow().UtcDateTime;
}
