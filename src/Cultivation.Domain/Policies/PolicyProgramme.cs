using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Policies;

/// <summary>
/// A support programme (专精特新中小企业, 小巨人, 独角兽, …) with its versions of rules. It guards that versions of one
/// programme never overlap in time and that their codes are unique, so exactly one version (or none) is in force on a date.
/// </summary>
public class PolicyProgramme : FullAuditedAggregateRoot<Guid>
{
    private readonly List<PolicyRuleSet> _ruleSets = [];

    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public string EnglishName { get; private set; } = null!;
    public PolicyProgrammeKind Kind { get; private set; }
    public PolicyGrantingLevel GrantingLevel { get; private set; }
    public string? Description { get; private set; }
    public int DisplayOrder { get; private set; }

    public IReadOnlyList<PolicyRuleSet> RuleSets => _ruleSets;

    private PolicyProgramme()
    {
    }

    internal PolicyProgramme(Guid id, string code, string name, string englishName, PolicyProgrammeKind kind, PolicyGrantingLevel grantingLevel)
        : base(id)
    {
        Code = Check.NotNullOrWhiteSpace(code, nameof(Code), PolicyProgrammeConsts.MaxCodeLength);
        Describe(name, englishName, kind, grantingLevel, null, 0);
    }

    public void Describe(string name, string englishName, PolicyProgrammeKind kind, PolicyGrantingLevel grantingLevel, string? description, int displayOrder)
    {
        Name = Check.NotNullOrWhiteSpace(name, nameof(Name), PolicyProgrammeConsts.MaxNameLength);
        EnglishName = Check.NotNullOrWhiteSpace(englishName, nameof(EnglishName), PolicyProgrammeConsts.MaxNameLength);
        Kind = Check.Defined(kind, nameof(Kind));
        GrantingLevel = Check.Defined(grantingLevel, nameof(GrantingLevel));
        Description = Check.Length(description, nameof(Description), PolicyProgrammeConsts.MaxDescriptionLength);
        DisplayOrder = displayOrder;
    }

    /// <summary>A decision grants a title (认定 / 评价 / 入选); a project-based grant (专项资金) is support, not a title.</summary>
    public bool ConfersTitle => Kind != PolicyProgrammeKind.ProjectBased;

    /// <summary>The first yearly information-update deadline after the date, by the terms of the version in force on each deadline.</summary>
    public DateOnly? NextInformationUpdate(DateOnly after, DateOnly? until) =>
        PolicyTitleSchedule.NextInformationUpdate(_ruleSets.Select(r => new PolicyTermsVersion(r.EffectiveFrom, r.EffectiveTo, r.ReadDefinition().Title)), after, until);

    /// <summary>The version in force on the date: before 2026-04-01 专精特新 reads 2022-63, from it 2026-2.</summary>
    public PolicyRuleSet? RuleSetOn(DateOnly date) => _ruleSets.FirstOrDefault(r => r.IsInForceOn(date));

    public PolicyRuleSet GetRuleSet(Guid ruleSetId) =>
        _ruleSets.FirstOrDefault(r => r.Id == ruleSetId) ?? throw new EntityNotFoundException(typeof(PolicyRuleSet), ruleSetId);

    public PolicyRuleSet AddRuleSet(Guid id, string version, DateOnly effectiveFrom, DateOnly? effectiveTo, PolicyRuleDefinition definition)
    {
        version = version.Trim();
        if (_ruleSets.Any(r => string.Equals(r.Version, version, StringComparison.OrdinalIgnoreCase)))
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyRuleSetVersionExists, "version", version, Name);
        }
        EnsureNoOverlap(null, effectiveFrom, effectiveTo);
        var ruleSet = new PolicyRuleSet(id, Id, version, effectiveFrom, effectiveTo, definition);
        _ruleSets.Add(ruleSet);
        return ruleSet;
    }

    public void ReviseRuleSet(PolicyRuleSet ruleSet, DateOnly effectiveFrom, DateOnly? effectiveTo, PolicyRuleDefinition definition)
    {
        EnsureNoOverlap(ruleSet, effectiveFrom, effectiveTo);
        ruleSet.Revise(effectiveFrom, effectiveTo, definition);
    }

    public void ConfirmCriterion(PolicyRuleSet ruleSet, string code, DateOnly confirmedOn) => ruleSet.ConfirmCriterion(code, confirmedOn);

    private void EnsureNoOverlap(PolicyRuleSet? except, DateOnly from, DateOnly? to)
    {
        if (_ruleSets.FirstOrDefault(r => r != except && r.Overlaps(from, to)) is { } other)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyRuleSetVersionsOverlap, "effectiveFrom",
                other.Version, other.EffectiveFrom, other.EffectiveTo?.ToString("yyyy-MM-dd") ?? "—");
        }
    }
}
