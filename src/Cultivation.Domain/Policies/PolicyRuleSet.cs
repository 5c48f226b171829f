using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Policies;

/// <summary>
/// One version of a programme's rules (e.g. <c>2022-63</c>, <c>2026-2</c>), in force from a date to a date (open when
/// null, both days included). The criteria are a JSON document validated whenever it changes.
/// </summary>
public class PolicyRuleSet : AuditedEntity<Guid>
{
    public Guid ProgrammeId { get; private set; }

    /// <summary>The document's short code: 2022-63 (工信部企业〔2022〕63号), 2026-2, SH-2025-450.</summary>
    public string Version { get; private set; } = null!;

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Last day in force; null while no later version replaces it.</summary>
    public DateOnly? EffectiveTo { get; private set; }

    /// <summary>The criteria (<see cref="PolicyRuleDefinition"/>) as JSON.</summary>
    public string Definition { get; private set; } = null!;

    private PolicyRuleSet()
    {
    }

    internal PolicyRuleSet(Guid id, Guid programmeId, string version, DateOnly effectiveFrom, DateOnly? effectiveTo, PolicyRuleDefinition definition) : base(id)
    {
        ProgrammeId = programmeId;
        Version = Check.NotNullOrWhiteSpace(version, nameof(Version), PolicyRuleSetConsts.MaxVersionLength);
        Revise(effectiveFrom, effectiveTo, definition);
    }

    public bool IsInForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    public bool Overlaps(DateOnly from, DateOnly? to) =>
        (to is null || EffectiveFrom <= to) && (EffectiveTo is null || from <= EffectiveTo);

    public PolicyRuleDefinition ReadDefinition() => PolicyJson.Deserialize<PolicyRuleDefinition>(Definition);

    internal void Revise(DateOnly effectiveFrom, DateOnly? effectiveTo, PolicyRuleDefinition definition)
    {
        if (effectiveTo is { } to && to < effectiveFrom)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyEffectiveRangeInvalid, "effectiveTo", effectiveFrom, to);
        }
        PolicyRuleDefinitionValidator.Validate(definition);
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Definition = PolicyJson.Serialize(definition);
    }

    /// <summary>An administrator confirms a criterion or indicator that shipped unverified; the definition records the date.</summary>
    internal void ConfirmCriterion(string code, DateOnly confirmedOn)
    {
        var definition = ReadDefinition();
        var criterion = PolicyDefinitionWalk.Criteria(definition).FirstOrDefault(c => c.Code == code);
        var indicator = PolicyDefinitionWalk.Indicators(definition).FirstOrDefault(i => i.Code == code);
        if (criterion is null && indicator is null && (definition.Scoring is null || code != ScoringCode))
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyCriterionNotFound, "code", code, Version);
        }
        var unverified = criterion?.Unverified ?? indicator?.Unverified ?? definition.Scoring!.Unverified;
        if (!unverified)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyCriterionNotUnverified, "code", code);
        }
        if (criterion is not null)
        {
            (criterion.Unverified, criterion.ConfirmedOn) = (false, confirmedOn);
        }
        else if (indicator is not null)
        {
            (indicator.Unverified, indicator.ConfirmedOn) = (false, confirmedOn);
        }
        else
        {
            definition.Scoring!.Unverified = false;
        }
        Definition = PolicyJson.Serialize(definition);
    }

    /// <summary>The code that names the scoring table as a whole when confirming it.</summary>
    public const string ScoringCode = "scoring";
}
