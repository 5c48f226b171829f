namespace Cultivation.Jobs;

public class JobRunDto
{
    public Guid Id { get; set; }
    public string JobName { get; set; } = null!;
    public string Node { get; set; } = null!;
    public DateTime StartTime { get; set; }
    public DateTime? EndTime { get; set; }
    public JobRunOutcome Outcome { get; set; }
    public string? Summary { get; set; }
    public string? Error { get; set; }
}

public class ScheduledJobDto
{
    public string Name { get; set; } = null!;
    public string Description { get; set; } = null!;
    /// <summary>The schedule in words and as a cron expression (Asia/Shanghai).</summary>
    public string Schedule { get; set; } = null!;
    public DateTime? NextFireTime { get; set; }
    public DateTime? PreviousFireTime { get; set; }
    public JobRunDto? LastRun { get; set; }
}

public interface IJobAdminAppService
{
    Task<List<ScheduledJobDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<List<JobRunDto>> GetRunsAsync(string jobName, CancellationToken cancellationToken = default);

    /// <summary>Fires the job now (on whichever node the scheduler picks).</summary>
    Task TriggerAsync(string jobName, CancellationToken cancellationToken = default);
}
