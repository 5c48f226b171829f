using System.ComponentModel.DataAnnotations;
using Cultivation.Contests;
using Cultivation.Dtos;

namespace Cultivation.FollowUps;

public class FollowUpPlanDto : EntityDto<Guid>
{
    public Guid EnterpriseId { get; set; }
    public string EnterpriseName { get; set; } = null!;
    public Guid DistrictId { get; set; }
    public string DistrictName { get; set; } = null!;
    public Guid EditionId { get; set; }
    public int EditionYear { get; set; }
    public ContestTrack Track { get; set; }
    public PrizeLevel? PrizeLevel { get; set; }
    public NationalAdvancement? NationalAdvancement { get; set; }
    public Guid? OfficerId { get; set; }
    public string? OfficerName { get; set; }
    public int CadenceDays { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public DateOnly NextDueDate { get; set; }
    /// <summary>Days past the due date (0 when not overdue), in Shanghai dates.</summary>
    public int DaysOverdue { get; set; }
    public DateOnly? LastServiceOn { get; set; }
    public FollowUpStatus Status { get; set; }
    public string? StatusReason { get; set; }
    public int EscalationLevel { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

/// <summary>The worklist: overdue first, then by due date. Officers see their district only.</summary>
public class GetWorklistInput : PagedAndSortedResultRequestDto
{
    public Guid? DistrictId { get; set; }
    public Guid? OfficerId { get; set; }
    /// <summary>Only plans assigned to the caller.</summary>
    public bool Mine { get; set; }
    public FollowUpStatus? Status { get; set; } = FollowUpStatus.Active;
    /// <summary>Only plans due within this many days (overdue included).</summary>
    [Range(0, 3650)]
    public int? DueWithinDays { get; set; }
    [StringLength(64)]
    public string? Keyword { get; set; }
}

public class AssignPlanDto
{
    /// <summary>A district officer of the plan's district, or null to unassign.</summary>
    public Guid? OfficerId { get; set; }
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class ChangePlanStatusDto
{
    [StringLength(FollowUpConsts.MaxReasonLength)]
    public string? Reason { get; set; }
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public interface IFollowUpPlanAppService
{
    Task<PagedResultDto<FollowUpPlanDto>> GetWorklistAsync(GetWorklistInput input, CancellationToken cancellationToken = default);

    Task<FollowUpPlanDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ListResultDto<FollowUpPlanDto>> GetOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    Task<FollowUpPlanDto> AssignAsync(Guid id, AssignPlanDto input, CancellationToken cancellationToken = default);

    Task<FollowUpPlanDto> PauseAsync(Guid id, ChangePlanStatusDto input, CancellationToken cancellationToken = default);

    Task<FollowUpPlanDto> ResumeAsync(Guid id, ChangePlanStatusDto input, CancellationToken cancellationToken = default);

    Task<FollowUpPlanDto> CloseAsync(Guid id, ChangePlanStatusDto input, CancellationToken cancellationToken = default);
}
