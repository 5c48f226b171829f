namespace Cultivation.FollowUps;

public enum TimelineEntryKind
{
    Award = 1,
    Service = 2,
    RequestRaised = 3,
    RequestResolved = 4,
    PlanStarted = 5,
    /// <summary>A step of a policy application (申报): recommended, submitted, reviewed, published, decided, …</summary>
    PolicyApplication = 6
}

/// <summary>One thing that happened to an enterprise, for its timeline.</summary>
public class TimelineEntryDto
{
    public DateOnly Date { get; set; }
    public TimelineEntryKind Kind { get; set; }
    public Guid SourceId { get; set; }
    public string Title { get; set; } = null!;
    public string? Detail { get; set; }
}

public interface IEnterpriseTimelineAppService
{
    /// <summary>Awards, plans, services, requests and policy applications' steps of the enterprise, newest first.</summary>
    Task<List<TimelineEntryDto>> GetAsync(Guid enterpriseId, CancellationToken cancellationToken = default);
}
