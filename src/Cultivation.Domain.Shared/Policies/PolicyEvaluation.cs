namespace Cultivation.Policies;

/// <summary>A text in both languages; explanations are stored with an assessment and must read the same later.</summary>
public sealed record PolicyText(string Zh, string En);

/// <summary>What an assessment found, with every criterion's figure, threshold, source and status.</summary>
public sealed class PolicyEvaluation
{
    public string ProgrammeCode { get; set; } = null!;

    public string RuleSetVersion { get; set; } = null!;

    public DateOnly AssessmentDate { get; set; }

    public PolicyOutcome Outcome { get; set; }

    public PolicyText Summary { get; set; } = null!;

    public List<PolicyCriterionResult> Requirements { get; set; } = [];

    public PolicyScoreResult? Score { get; set; }

    public List<PolicyCriterionResult> DirectRoutes { get; set; } = [];

    /// <summary>Codes of the direct routes (top-level or nested, e.g. 小巨人 创新直通) that hold.</summary>
    public List<string> AppliedDirectRoutes { get; set; } = [];

    /// <summary>Failed comparisons close to their threshold, with what would close the gap.</summary>
    public List<PolicyText> NearMisses { get; set; } = [];

    /// <summary>Facts to collect before a decision can be made (empty unless the outcome needs evidence).</summary>
    public List<string> MissingFacts { get; set; } = [];

    /// <summary>The outcome rests on at least one criterion no primary text backs yet.</summary>
    public bool UsesUnverifiedCriteria { get; set; }
}

public sealed class PolicyCriterionResult
{
    public string Code { get; set; } = null!;

    public string NameZh { get; set; } = null!;

    public string NameEn { get; set; } = null!;

    public string? Source { get; set; }

    public bool Unverified { get; set; }

    public PolicyCriterionKind Kind { get; set; }

    public PolicyCriterionStatus Status { get; set; }

    /// <summary>The figure used (for "each year" the weakest year's).</summary>
    public decimal? Value { get; set; }

    public PolicyComparison? Comparison { get; set; }

    public decimal? Threshold { get; set; }

    public PolicyMeasureUnit? Unit { get; set; }

    /// <summary>The exemption that made it count as met, if one did.</summary>
    public string? WaivedBy { get; set; }

    public bool DirectRoute { get; set; }

    public List<string> MissingFacts { get; set; } = [];

    /// <summary>The comparison in words: the figure, the threshold, and for a failure the gap and what would close it.</summary>
    public PolicyText? Explanation { get; set; }

    public List<PolicyCriterionResult> Children { get; set; } = [];
}

public sealed class PolicyScoreResult
{
    public PolicyCriterionStatus Status { get; set; }

    /// <summary>Points from the indicators whose facts are known.</summary>
    public decimal Points { get; set; }

    /// <summary>Points if every missing indicator scored its maximum.</summary>
    public decimal MaxPossible { get; set; }

    public decimal PassingTotal { get; set; }

    public string? Source { get; set; }

    public List<PolicyDimensionScore> Dimensions { get; set; } = [];
}

public sealed class PolicyDimensionScore
{
    public string Code { get; set; } = null!;

    public string NameZh { get; set; } = null!;

    public string NameEn { get; set; } = null!;

    public decimal Points { get; set; }

    public decimal MaxPossible { get; set; }

    public decimal? Minimum { get; set; }

    public PolicyCriterionStatus Status { get; set; }

    public List<PolicyIndicatorScore> Indicators { get; set; } = [];
}

public sealed class PolicyIndicatorScore
{
    public string Code { get; set; } = null!;

    public string NameZh { get; set; } = null!;

    public string NameEn { get; set; } = null!;

    public string? Source { get; set; }

    public bool Unverified { get; set; }

    public PolicyCriterionStatus Status { get; set; }

    public decimal? Points { get; set; }

    public decimal MaxPoints { get; set; }

    /// <summary>The figure of the table that scored best.</summary>
    public decimal? Value { get; set; }

    public PolicyMeasureUnit? Unit { get; set; }

    public List<string> MissingFacts { get; set; } = [];

    /// <summary>What the next band needs, when there is a higher one.</summary>
    public PolicyText? NextBand { get; set; }
}
