namespace Cultivation.Jobs;

public enum JobRunOutcome
{
    Running = 0,
    Succeeded = 1,
    Failed = 2,
    /// <summary>Nothing to do, e.g. the daily job on a non-working day.</summary>
    Skipped = 3,
    /// <summary>Its node stopped during the run; another node ran the job again (recovery).</summary>
    Interrupted = 4
}
