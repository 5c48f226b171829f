using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;

namespace Cultivation.Policies;

public class EnterpriseTitleDto : EntityDto<Guid>
{
    public Guid EnterpriseId { get; set; }
    public Guid DistrictId { get; set; }
    public Guid ProgrammeId { get; set; }
    public string ProgrammeCode { get; set; } = null!;
    public string ProgrammeName { get; set; } = null!;
    public string? RuleSetVersion { get; set; }
    public DateOnly GrantedOn { get; set; }
    /// <summary>Last valid day; null: no expiry.</summary>
    public DateOnly? ValidUntil { get; set; }
    /// <summary>The next yearly information-update deadline (年度信息更新).</summary>
    public DateOnly? NextUpdateDueOn { get; set; }
    /// <summary>When 复核 is due.</summary>
    public DateOnly? ReviewDueOn { get; set; }
    public EnterpriseTitleStatus Status { get; set; }
    public EnterpriseTitleSource Source { get; set; }
    public Guid? ApplicationId { get; set; }
    /// <summary>文号, for a title recorded by an officer.</summary>
    public string? DocumentNumber { get; set; }
    public string? EvidenceNote { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? RevocationReason { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

/// <summary>A title in the city/district list, with its enterprise.</summary>
public class EnterpriseTitleListItemDto : EnterpriseTitleDto
{
    public string EnterpriseName { get; set; } = null!;
}

/// <summary>An officer records a title granted before the system, with its 文号 and what was seen.</summary>
public class RecordEnterpriseTitleDto
{
    [Required]
    [StringLength(PolicyProgrammeConsts.MaxCodeLength)]
    public string ProgrammeCode { get; set; } = null!;

    [Required]
    public DateOnly? GrantedOn { get; set; }

    /// <summary>The last valid day when the document says; otherwise the grant's rule version sets it.</summary>
    public DateOnly? ValidUntil { get; set; }

    [Required]
    [StringLength(PolicyTitleConsts.MaxDocumentNumberLength)]
    public string DocumentNumber { get; set; } = null!;

    [StringLength(PolicyTitleConsts.MaxEvidenceNoteLength)]
    public string? EvidenceNote { get; set; }
}

public class RevokeEnterpriseTitleDto
{
    [Required]
    [StringLength(PolicyTitleConsts.MaxReasonLength)]
    public string Reason { get; set; } = null!;

    /// <summary>The day the revocation takes effect; today when left out.</summary>
    public DateOnly? RevokedOn { get; set; }

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>The city's (or, for an officer, the district's) titles.</summary>
public class GetEnterpriseTitleListInput : PagedResultRequestDto
{
    [StringLength(PolicyProgrammeConsts.MaxCodeLength)]
    public string? ProgrammeCode { get; set; }

    public EnterpriseTitleStatus? Status { get; set; }

    public Guid? DistrictId { get; set; }

    /// <summary>Only active titles with an update duty, 复核 or expiry within this many days from today (overdue included).</summary>
    [Range(0, PolicyTitleConsts.MaxDueWithinDays)]
    public int? DueWithinDays { get; set; }
}

public interface IEnterpriseTitleAppService
{
    Task<ListResultDto<EnterpriseTitleDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    Task<EnterpriseTitleDto> RecordAsync(Guid enterpriseId, RecordEnterpriseTitleDto input, CancellationToken cancellationToken = default);

    Task<EnterpriseTitleDto> RevokeAsync(Guid enterpriseId, Guid id, RevokeEnterpriseTitleDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<EnterpriseTitleListItemDto>> GetAllAsync(GetEnterpriseTitleListInput input, CancellationToken cancellationToken = default);
}

public interface IPolicyFactsAppService
{
    /// <summary>The facts the rules would read from the enterprise's records on the date, for the calculator to prefill.</summary>
    Task<PolicyFacts> GetAsync(Guid enterpriseId, DateOnly? date, CancellationToken cancellationToken = default);
}
