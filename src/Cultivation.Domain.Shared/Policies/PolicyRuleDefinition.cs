using System.ComponentModel.DataAnnotations;

namespace Cultivation.Policies;

/// <summary>
/// A rule set's criteria as data (stored as one JSON document per version). An enterprise qualifies when every
/// requirement holds and, where the rule set scores or has direct routes, the score passes or one direct route
/// holds. A direct route never waives the requirements unless it says so (<see cref="PolicyCriterionDefinition.WaivesRequirements"/>).
/// </summary>
public sealed class PolicyRuleDefinition
{
    /// <summary>How a value on a band edge is read; §0.5: "以上/以下" include the number, the higher band wins.</summary>
    public PolicyBoundaryReading Boundary { get; set; } = PolicyBoundaryReading.InclusiveHigherBandWins;

    /// <summary>A failed comparison within this fraction of its threshold is reported as a near miss (0.3 = within 30 %).</summary>
    public decimal? NearMissMargin { get; set; }

    /// <summary>Hard conditions: all must hold.</summary>
    [MaxLength(PolicyRuleSetConsts.MaxCriteriaPerList)]
    public List<PolicyCriterionDefinition> Requirements { get; set; } = [];

    /// <summary>The scoring table, where the programme scores.</summary>
    public PolicyScoringDefinition? Scoring { get; set; }

    /// <summary>Direct routes (满足任一): any one of them stands in for the score.</summary>
    [MaxLength(PolicyRuleSetConsts.MaxCriteriaPerList)]
    public List<PolicyCriterionDefinition> DirectRoutes { get; set; } = [];

    /// <summary>What the rule set is based on, in a sentence (document number, annex).</summary>
    [StringLength(PolicyRuleSetConsts.MaxBasisLength)]
    public string? Basis { get; set; }

    /// <summary>The terms of a title granted under this version (validity, yearly update duty, 复核); none: no expiry and no duty.</summary>
    public PolicyTitleTerms? Title { get; set; }
}

/// <summary>
/// What a title granted under a rule version carries: how long it is valid (§0.5: from the grant to the end of the month
/// before the same month N years later), the yearly information-update duty (年度信息更新: 30 April under 2022-63, 31 May
/// under 2026-2) and how long before expiry 复核 is due.
/// </summary>
public sealed class PolicyTitleTerms
{
    [Range(1, PolicyTitleConsts.MaxValidityYears)]
    public int ValidityYears { get; set; }

    /// <summary>Month of the yearly information-update deadline; null when the version sets no such duty.</summary>
    [Range(1, 12)]
    public int? InformationUpdateMonth { get; set; }

    [Range(1, 31)]
    public int? InformationUpdateDay { get; set; }

    /// <summary>复核 is due this many months before the title expires (the municipality's last batch before expiry).</summary>
    [Range(0, PolicyTitleConsts.MaxValidityYears * 12)]
    public int ReviewLeadMonths { get; set; }

    [StringLength(PolicyRuleSetConsts.MaxSourceLength)]
    public string? Source { get; set; }

    /// <summary>No primary text backs these terms (2026-2's 31 May: one source only).</summary>
    public bool Unverified { get; set; }
}

/// <summary>One criterion: a comparison, a confirmation, the score, or all/any of other criteria.</summary>
public sealed class PolicyCriterionDefinition
{
    /// <summary>Unique within the rule set; confirmations and explanations refer to it.</summary>
    [StringLength(PolicyRuleSetConsts.MaxCriterionCodeLength)]
    public string Code { get; set; } = null!;

    [StringLength(PolicyRuleSetConsts.MaxCriterionNameLength)]
    public string NameZh { get; set; } = null!;

    [StringLength(PolicyRuleSetConsts.MaxCriterionNameLength)]
    public string NameEn { get; set; } = null!;

    /// <summary>Where the rule comes from, e.g. <c>[S9]</c> or <c>§0.5</c>.</summary>
    [StringLength(PolicyRuleSetConsts.MaxSourceLength)]
    public string? Source { get; set; }

    /// <summary>No primary text backs it: it ships as a default an administrator confirms.</summary>
    public bool Unverified { get; set; }

    /// <summary>When an administrator confirmed it, if it was shipped unverified.</summary>
    public DateOnly? ConfirmedOn { get; set; }

    public PolicyCriterionKind Kind { get; set; }

    /// <summary>Compare: the measure's name (a fact, or a figure computed from facts: RdIntensity, DebtRatio, …).</summary>
    [StringLength(PolicyRuleSetConsts.MaxNameLength)]
    public string? Measure { get; set; }

    /// <summary>Compare: what the measure is about when it needs it (an honour kind, a title's programme code).</summary>
    [StringLength(PolicyRuleSetConsts.MaxNameLength)]
    public string? Subject { get; set; }

    /// <summary>Compare: how many years: for yearly measures with an aggregate, the last N years; for windowed measures (financing, honours), the window.</summary>
    public int? Years { get; set; }

    /// <summary>Compare: yearly measures only; how the years are read.</summary>
    public PolicyYearAggregate? Aggregate { get; set; }

    /// <summary>Compare, honours: the enterprise's rank among the award units must be at most this.</summary>
    public int? MaxRank { get; set; }

    public PolicyComparison? Comparison { get; set; }

    public decimal? Threshold { get; set; }

    /// <summary>Confirmation: the yes/no fact's name (<see cref="PolicyConfirmations"/>).</summary>
    [StringLength(PolicyRuleSetConsts.MaxNameLength)]
    public string? Confirmation { get; set; }

    /// <summary>All/Any: the criteria combined.</summary>
    [MaxLength(PolicyRuleSetConsts.MaxCriteriaPerList)]
    public List<PolicyCriterionDefinition>? Children { get; set; }

    /// <summary>An exemption: when it holds, this criterion counts as met (e.g. IP waived by an S&amp;T award).</summary>
    public PolicyCriterionDefinition? WaivedBy { get; set; }

    /// <summary>Reported as a direct route (直通) when it holds.</summary>
    public bool DirectRoute { get; set; }

    /// <summary>Top-level direct routes only: when it holds, the requirements need not.</summary>
    public bool WaivesRequirements { get; set; }
}

/// <summary>A points table: dimensions of indicators; a total to reach and a minimum per dimension.</summary>
public sealed class PolicyScoringDefinition
{
    public decimal PassingTotal { get; set; }

    [StringLength(PolicyRuleSetConsts.MaxSourceLength)]
    public string? Source { get; set; }

    public bool Unverified { get; set; }

    [MaxLength(PolicyRuleSetConsts.MaxCriteriaPerList)]
    public List<PolicyDimensionDefinition> Dimensions { get; set; } = [];
}

public sealed class PolicyDimensionDefinition
{
    [StringLength(PolicyRuleSetConsts.MaxCriterionCodeLength)]
    public string Code { get; set; } = null!;

    [StringLength(PolicyRuleSetConsts.MaxCriterionNameLength)]
    public string NameZh { get; set; } = null!;

    [StringLength(PolicyRuleSetConsts.MaxCriterionNameLength)]
    public string NameEn { get; set; } = null!;

    /// <summary>The dimension's own minimum, if any (创新能力 ≥ 20).</summary>
    public decimal? Minimum { get; set; }

    [MaxLength(PolicyRuleSetConsts.MaxCriteriaPerList)]
    public List<PolicyIndicatorDefinition> Indicators { get; set; } = [];
}

/// <summary>One scored indicator. With several tables (R&amp;D amount or R&amp;D share), the best-scoring one counts.</summary>
public sealed class PolicyIndicatorDefinition
{
    [StringLength(PolicyRuleSetConsts.MaxCriterionCodeLength)]
    public string Code { get; set; } = null!;

    [StringLength(PolicyRuleSetConsts.MaxCriterionNameLength)]
    public string NameZh { get; set; } = null!;

    [StringLength(PolicyRuleSetConsts.MaxCriterionNameLength)]
    public string NameEn { get; set; } = null!;

    [StringLength(PolicyRuleSetConsts.MaxSourceLength)]
    public string? Source { get; set; }

    public bool Unverified { get; set; }

    public DateOnly? ConfirmedOn { get; set; }

    public decimal MaxPoints { get; set; }

    [MaxLength(PolicyRuleSetConsts.MaxTablesPerIndicator)]
    public List<PolicyBandTable> Tables { get; set; } = [];
}

/// <summary>Bands over one measure, contiguous from −∞ to +∞; or the measure's value taken as points.</summary>
public sealed class PolicyBandTable
{
    [StringLength(PolicyRuleSetConsts.MaxNameLength)]
    public string Measure { get; set; } = null!;

    [StringLength(PolicyRuleSetConsts.MaxNameLength)]
    public string? Subject { get; set; }

    public int? Years { get; set; }

    public PolicyYearAggregate? Aggregate { get; set; }

    /// <summary>The measure is itself the points (a province's 特色化 indicators assessed by a person), capped at the indicator's maximum.</summary>
    public bool ValueIsPoints { get; set; }

    [MaxLength(PolicyRuleSetConsts.MaxBandsPerTable)]
    public List<PolicyBand> Bands { get; set; } = [];
}

/// <summary>A band [From, To] → Points; an open end is null. Neighbouring bands share their edge.</summary>
public sealed class PolicyBand
{
    public decimal? From { get; set; }

    public decimal? To { get; set; }

    public decimal Points { get; set; }
}
