using Cultivation.Auditing;
using Cultivation.Entities;

namespace Cultivation.Jobs;

/// <summary>One execution of a scheduled job on one node: when, how it ended and what it did.</summary>
[DisableAuditing]
public class JobRun : AggregateRoot<Guid>
{
    public const int MaxNameLength = 64;
    public const int MaxSummaryLength = 1000;

    public string JobName { get; private set; } = null!;
    public string Node { get; private set; } = null!;
    public DateTime StartTime { get; private set; }
    public DateTime? EndTime { get; private set; }
    public JobRunOutcome Outcome { get; private set; }
    public string? Summary { get; private set; }
    public string? Error { get; private set; }

    private JobRun()
    {
    }

    public JobRun(Guid id, string jobName, string node, DateTime now) : base(id)
    {
        JobName = jobName;
        Node = node;
        StartTime = now;
        Outcome = JobRunOutcome.Running;
    }

    /// <summary>Another node recovered the job after this run's node went silent; what it did was rolled back with it.</summary>
    public void MarkInterrupted(string recoveredBy, DateTime now)
    {
        if (Outcome == JobRunOutcome.Running)
        {
            Finish(JobRunOutcome.Interrupted, null, $"The node stopped during the run; recovered on {recoveredBy}.", now);
        }
    }

    public void Finish(JobRunOutcome outcome, string? summary, string? error, DateTime now)
    {
        Outcome = outcome;
        Summary = summary is { Length: > MaxSummaryLength } ? summary[..MaxSummaryLength] : summary;
        Error = error is { Length: > MaxSummaryLength } ? error[..MaxSummaryLength] : error;
        EndTime = now;
    }
}
