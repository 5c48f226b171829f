namespace Cultivation.Scheduling;

/// <summary>Configuration section "Jobs".</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>False keeps the scheduler (and its admin view) but never starts it: this node runs no background work at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// False gives the recurring jobs (reminders, digest, outbox) no schedule on this node, while work asked for on
    /// demand (imports, an administrator's "run now") still runs: for tests. In the clustered store the schedules
    /// already stored stay.
    /// </summary>
    public bool Recurring { get; set; } = true;

    /// <summary>"Memory" (embedded: one node) or "Clustered" (MySQL AdoJobStore shared by every node).</summary>
    public string Store { get; set; } = "Memory";

    /// <summary>The same on every node of a cluster.</summary>
    public string InstanceName { get; set; } = "cultivation";

    /// <summary>This node's name in the cluster and in job runs (e.g. the pod name); generated when empty. Unique per node.</summary>
    public string? InstanceId { get; set; }

    public string DailyCron { get; set; } = "0 30 8 * * ?";

    public string DigestCron { get; set; } = "0 0 9 ? * MON";

    /// <summary>Saved searches' daily alerts (every day: investors read on weekends too).</summary>
    public string SavedSearchAlertCron { get; set; } = "0 0 8 * * ?";

    /// <summary>Titles' daily scan: lapses, update deadlines, reminders ahead of the update duty, 复核 and expiry.</summary>
    public string PolicyTitleCron { get; set; } = "0 15 8 * * ?";

    public int OutboxIntervalSeconds { get; set; } = 30;

    public TimeSpan OutboxInterval => TimeSpan.FromSeconds(OutboxIntervalSeconds);

    /// <summary>How often queued profile changes are written to the search index (publishing and withdrawing also ask at once).</summary>
    public int SearchIndexIntervalSeconds { get; set; } = 15;

    public TimeSpan SearchIndexInterval => TimeSpan.FromSeconds(SearchIndexIntervalSeconds);

    /// <summary>How often clustered nodes check in; a node silent for longer is presumed dead and its jobs recovered.</summary>
    public int ClusterCheckinMilliseconds { get; set; } = 7500;

    /// <summary>A fire time missed by more than this is a misfire (handled by firing once now).</summary>
    public int MisfireThresholdMilliseconds { get; set; } = 60_000;

    /// <summary>The daily job counts as stuck, and readiness degraded, when it has not completed for this long.</summary>
    public int StaleAfterHours { get; set; } = 26;

    public bool IsClustered => string.Equals(Store, "Clustered", StringComparison.OrdinalIgnoreCase);
}

/// <summary>What a job reports about its run, recorded with it.</summary>
public sealed record JobOutcome(bool NothingToDo, string Summary);
