using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;

namespace Cultivation.FollowUps;

public class ServiceRecordDto : EntityDto<Guid>
{
    public Guid EnterpriseId { get; set; }
    public Guid? PlanId { get; set; }
    public DateOnly ServedOn { get; set; }
    public ServiceCategory Category { get; set; }
    public ServiceChannel Channel { get; set; }
    public string Summary { get; set; } = null!;
    public string? Outcome { get; set; }
    public DateOnly? NextContactOn { get; set; }
    public Guid? OfficerId { get; set; }
    public string? OfficerName { get; set; }
    public DateTime CreationTime { get; set; }
}

public class NewRequestDto
{
    [Required]
    [StringLength(FollowUpConsts.MaxRequestLength)]
    public string Description { get; set; } = null!;

    [Required]
    public ServiceCategory? Category { get; set; }

    /// <summary>Who follows it up; the officer logging the service when empty.</summary>
    public Guid? OwnerId { get; set; }
}

/// <summary>One contact with the enterprise, and the requests (诉求) it raised.</summary>
public class LogServiceDto
{
    [Required]
    public DateOnly? ServedOn { get; set; }

    [Required]
    public ServiceCategory? Category { get; set; }

    [Required]
    public ServiceChannel? Channel { get; set; }

    [Required]
    [StringLength(FollowUpConsts.MaxSummaryLength)]
    public string Summary { get; set; } = null!;

    [StringLength(FollowUpConsts.MaxOutcomeLength)]
    public string? Outcome { get; set; }

    /// <summary>An agreed next contact; brings the plan's due date forward when sooner than the cadence.</summary>
    public DateOnly? NextContactOn { get; set; }

    [MaxLength(20)]
    public List<NewRequestDto> Requests { get; set; } = [];
}

public class LogServiceResultDto
{
    public ServiceRecordDto Service { get; set; } = null!;
    public List<EnterpriseRequestDto> Requests { get; set; } = [];
    /// <summary>The plans the service moved to their next due dates (the enterprise's active plans).</summary>
    public List<FollowUpPlanDto> Plans { get; set; } = [];
    /// <summary>The entries the service and its requests add to the enterprise's timeline, newest first.</summary>
    public List<TimelineEntryDto> TimelineEntries { get; set; } = [];
}

public interface IServiceRecordAppService
{
    Task<ListResultDto<ServiceRecordDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    Task<LogServiceResultDto> LogAsync(Guid enterpriseId, LogServiceDto input, CancellationToken cancellationToken = default);
}
