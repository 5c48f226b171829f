using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;
using Cultivation.Enterprises;

namespace Cultivation.Policies;

/// <summary>
/// Screen a cohort against a programme's rule version in force on a date. The cohort is the enterprise list's filters
/// (an edition's winners: <c>editionId</c>; a district: <c>districtId</c>; prize, advancement, title held, keyword, …);
/// a district officer's cohort is always within the district. One list is paged (SkipCount, MaxResultCount).
/// </summary>
public class RunPolicyScreeningInput : GetEnterpriseListInput
{
    [Required]
    [StringLength(PolicyProgrammeConsts.MaxCodeLength)]
    public string ProgrammeCode { get; set; } = null!;

    /// <summary>Picks the rule version and is the date the facts are read as of.</summary>
    [Required]
    public DateOnly? AssessmentDate { get; set; }

    /// <summary>Which list to page through.</summary>
    public PolicyScreeningList List { get; set; } = PolicyScreeningList.Eligible;
}

public class ExportPolicyScreeningInput : RunPolicyScreeningInput;

public class PolicyScreeningResultDto
{
    public string ProgrammeCode { get; set; } = null!;
    public string ProgrammeName { get; set; } = null!;
    public string RuleSetVersion { get; set; } = null!;
    public DateOnly AssessmentDate { get; set; }
    /// <summary>The version has criteria no primary text backs yet (UNVERIFIED): say so wherever the result shows.</summary>
    public bool UsesUnverifiedCriteria { get; set; }
    public int CohortCount { get; set; }
    public int EligibleCount { get; set; }
    public int NearMissCount { get; set; }
    public int NeedsEvidenceCount { get; set; }
    public int NotEligibleCount { get; set; }
    public PolicyScreeningList List { get; set; }
    /// <summary>The requested list's page: best score first, then by name.</summary>
    public PagedResultDto<PolicyScreeningItemDto> Items { get; set; } = new();
}

public class PolicyScreeningItemDto
{
    public Guid EnterpriseId { get; set; }
    public string EnterpriseName { get; set; } = null!;
    public string? CreditCode { get; set; }
    public Guid DistrictId { get; set; }
    public PolicyOutcome Outcome { get; set; }
    public PolicyScreeningList List { get; set; }
    /// <summary>The total score where the programme scores.</summary>
    public decimal? Score { get; set; }
    public PolicyText Summary { get; set; } = null!;
    /// <summary>Requirements that failed, by name.</summary>
    public List<PolicyText> Failed { get; set; } = [];
    /// <summary>Gaps within the near-miss margin, written plainly with the amount that closes them.</summary>
    public List<PolicyText> NearMisses { get; set; } = [];
    /// <summary>What to collect (fact names), when evidence is missing.</summary>
    public List<string> MissingFacts { get; set; } = [];
    public List<string> AppliedDirectRoutes { get; set; } = [];
}

public interface IPolicyScreeningAppService
{
    Task<PolicyScreeningResultDto> RunAsync(RunPolicyScreeningInput input, CancellationToken cancellationToken = default);

    /// <summary>The eligible, near-miss and needs-evidence lists as one .xlsx workbook, a sheet each, with the reasons.</summary>
    Task<FileDto> ExportAsync(ExportPolicyScreeningInput input, CancellationToken cancellationToken = default);
}
