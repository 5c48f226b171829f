using System.Globalization;
using Cultivation.Exceptions;
using Cultivation.Localization;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Jobs;

/// <summary>What the scheduler hosting the jobs can tell and do (Quartz in the host).</summary>
public interface IJobScheduler
{
    Task<IReadOnlyList<ScheduledJobInfo>> GetJobsAsync(CancellationToken cancellationToken = default);

    Task TriggerAsync(string jobName, CancellationToken cancellationToken = default);
}

public sealed record ScheduledJobInfo(string Name, string Description, string Schedule, DateTime? NextFireTime, DateTime? PreviousFireTime);

[Authorize(CultivationPermissions.Jobs.Default)]
public sealed class JobAdminAppService(IJobScheduler scheduler, IRepository<JobRun, Guid> runs, IAsyncQueryableExecuter executer) : IJobAdminAppService
{
    public async Task<List<ScheduledJobDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var jobs = await scheduler.GetJobsAsync(cancellationToken);
        var names = jobs.Select(j => j.Name).ToList();
        var lastRuns = (await executer.ToListAsync((await runs.GetQueryableAsync())
                .Where(r => names.Contains(r.JobName))
                .GroupBy(r => r.JobName)
                .Select(g => g.OrderByDescending(r => r.StartTime).ThenByDescending(r => r.Id).First()), cancellationToken))
            .ToDictionary(r => r.JobName);
        return jobs.Select(job => new ScheduledJobDto
        {
            Name = job.Name, Description = JsonLocalizationStore.Instance.Find($"Job:{job.Name}", CultureInfo.CurrentUICulture) ?? job.Description, Schedule = job.Schedule,
            NextFireTime = job.NextFireTime, PreviousFireTime = job.PreviousFireTime,
            LastRun = lastRuns.TryGetValue(job.Name, out var last) ? ToDto(last) : null
        }).ToList();
    }

    public async Task<List<JobRunDto>> GetRunsAsync(string jobName, CancellationToken cancellationToken = default) =>
        (await executer.ToListAsync((await runs.GetQueryableAsync()).Where(r => r.JobName == jobName)
            .OrderByDescending(r => r.StartTime).ThenByDescending(r => r.Id).Take(50), cancellationToken)).Select(ToDto).ToList();

    [Authorize(CultivationPermissions.Jobs.Trigger)]
    public async Task TriggerAsync(string jobName, CancellationToken cancellationToken = default)
    {
        if ((await scheduler.GetJobsAsync(cancellationToken)).All(j => j.Name != jobName))
        {
            throw new BusinessException(CultivationDomainErrorCodes.UnknownJob, "jobName", jobName);
        }
        await scheduler.TriggerAsync(jobName, cancellationToken);
    }

    private static JobRunDto ToDto(JobRun run) => new()
    {
        Id = run.Id, JobName = run.JobName, Node = run.Node, StartTime = run.StartTime, EndTime = run.EndTime,
        Outcome = run.Outcome, Summary = run.Summary, Error = run.Error
    };
}
