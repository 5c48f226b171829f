using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;

namespace Cultivation.Policies;

public class PolicyProgrammeDto : EntityDto<Guid>
{
    public string Code { get; set; } = null!;
    public string Name { get; set; } = null!;
    public string EnglishName { get; set; } = null!;
    public PolicyProgrammeKind Kind { get; set; }
    public PolicyGrantingLevel GrantingLevel { get; set; }
    public string? Description { get; set; }
    public int DisplayOrder { get; set; }
    /// <summary>Its rule-set versions, oldest first.</summary>
    public List<PolicyRuleSetSummaryDto> RuleSets { get; set; } = [];
}

public class PolicyRuleSetSummaryDto : EntityDto<Guid>
{
    public string Version { get; set; } = null!;
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    /// <summary>How many criteria and indicators still ship unverified (an administrator confirms them).</summary>
    public int UnverifiedCount { get; set; }
}

public class PolicyRuleSetDto : PolicyRuleSetSummaryDto
{
    public Guid ProgrammeId { get; set; }
    public string ProgrammeCode { get; set; } = null!;
    public PolicyRuleDefinition Definition { get; set; } = null!;
    public string ConcurrencyStamp { get; set; } = null!;
}

public class UpdatePolicyRuleSetDto
{
    [Required]
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>Last day in force; leave empty while no later version replaces it.</summary>
    public DateOnly? EffectiveTo { get; set; }

    [Required]
    public PolicyRuleDefinition? Definition { get; set; }

    /// <summary>The stamp read with the rule set; a stale one is a conflict.</summary>
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class CreatePolicyRuleSetDto : UpdatePolicyRuleSetDto
{
    /// <summary>The document's short code (2026-2, SH-2025-450).</summary>
    [Required]
    [StringLength(PolicyRuleSetConsts.MaxVersionLength)]
    [RegularExpression("^[0-9A-Za-z][0-9A-Za-z._-]*$")]
    public string Version { get; set; } = null!;
}

public class ConfirmPolicyCriterionDto
{
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public interface IPolicyProgrammeAppService
{
    Task<ListResultDto<PolicyProgrammeDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<PolicyRuleSetDto> GetRuleSetAsync(Guid programmeId, Guid ruleSetId, CancellationToken cancellationToken = default);

    /// <summary>Adds a version; its dates must not overlap another version's.</summary>
    Task<PolicyRuleSetDto> CreateRuleSetAsync(Guid programmeId, CreatePolicyRuleSetDto input, CancellationToken cancellationToken = default);

    Task<PolicyRuleSetDto> UpdateRuleSetAsync(Guid programmeId, Guid ruleSetId, UpdatePolicyRuleSetDto input, CancellationToken cancellationToken = default);

    /// <summary>Marks a criterion (or indicator, or "scoring") that shipped unverified as confirmed by an administrator.</summary>
    Task<PolicyRuleSetDto> ConfirmCriterionAsync(Guid programmeId, Guid ruleSetId, string code, ConfirmPolicyCriterionDto input,
        CancellationToken cancellationToken = default);
}
