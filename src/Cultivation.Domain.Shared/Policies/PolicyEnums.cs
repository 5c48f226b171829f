namespace Cultivation.Policies;

/// <summary>How a programme admits an enterprise.</summary>
public enum PolicyProgrammeKind
{
    /// <summary>评价: assessed against a published standard (创新型中小企业).</summary>
    Evaluated = 1,
    /// <summary>认定: recognised by an authority (专精特新, 小巨人).</summary>
    Recognised = 2,
    /// <summary>入选: selected onto a list (独角兽, onward recommendations).</summary>
    Selected = 3,
    /// <summary>项目制: funds projects (专项资金).</summary>
    ProjectBased = 4
}

/// <summary>Who grants the title or the support.</summary>
public enum PolicyGrantingLevel
{
    National = 1,
    Municipal = 2
}

/// <summary>What an assessment concludes.</summary>
public enum PolicyOutcome
{
    Eligible = 1,
    NotEligible = 2,
    /// <summary>A figure or a confirmation the decision depends on is missing; the result names it.</summary>
    NeedsEvidence = 3
}

/// <summary>The state of one criterion, or of one scoring indicator.</summary>
public enum PolicyCriterionStatus
{
    Pass = 1,
    Fail = 2,
    Missing = 3
}

/// <summary>What a criterion tests.</summary>
public enum PolicyCriterionKind
{
    /// <summary>A measure compared with a threshold (optionally over several years).</summary>
    Compare = 1,
    /// <summary>A yes/no fact a person confirms (governance, "市场占有率较为靠前").</summary>
    Confirmation = 2,
    /// <summary>Every child holds.</summary>
    All = 3,
    /// <summary>At least one child holds (alternatives).</summary>
    Any = 4,
    /// <summary>The rule set's scoring table reaches its total and every dimension minimum.</summary>
    Score = 5
}

public enum PolicyComparison
{
    AtLeast = 1,
    AtMost = 2,
    GreaterThan = 3,
    LessThan = 4,
    EqualTo = 5
}

/// <summary>How a yearly measure is read over the last <c>Years</c> years before the assessment year.</summary>
public enum PolicyYearAggregate
{
    /// <summary>The last complete year only.</summary>
    LastYear = 1,
    /// <summary>Each of the last N years must satisfy the comparison.</summary>
    EachYear = 2,
    /// <summary>The average of the last N years.</summary>
    Average = 3,
    /// <summary>The sum of the last N years.</summary>
    Total = 4
}

/// <summary>How a value on the edge between two bands is read.</summary>
public enum PolicyBoundaryReading
{
    /// <summary>"以上/以下/不低于/不超过" include the number: the band with more points wins at an edge (§0.5).</summary>
    InclusiveHigherBandWins = 1,
    /// <summary>Edges belong to the band with fewer points.</summary>
    ExclusiveLowerBandWins = 2
}

/// <summary>Awards and honours an enterprise holds, as the rules name them.</summary>
public enum PolicyHonourKind
{
    /// <summary>国家级科技奖励.</summary>
    NationalScienceAward = 1,
    /// <summary>省级（省部级）科技奖励.</summary>
    ProvincialScienceAward = 2,
    /// <summary>高新技术企业.</summary>
    HighTechEnterprise = 3,
    /// <summary>国家级技术创新示范企业.</summary>
    TechInnovationDemonstration = 4,
    /// <summary>知识产权优势企业.</summary>
    IpAdvantageEnterprise = 5,
    /// <summary>知识产权示范企业.</summary>
    IpDemonstrationEnterprise = 6,
    /// <summary>"创客中国" 全国500强企业组.</summary>
    ChuangkeTop500Enterprise = 7,
    /// <summary>"创客中国" 全国50强企业组.</summary>
    ChuangkeTop50Enterprise = 8,
    /// <summary>省级以上质量奖.</summary>
    QualityAward = 9
}

/// <summary>The highest accredited R&amp;D institution the enterprise has (研发机构级别).</summary>
public enum RdInstitutionLevel
{
    None = 0,
    BelowMunicipal = 1,
    Municipal = 2,
    Provincial = 3,
    National = 4
}

/// <summary>The unit a measure is written in, for explanations.</summary>
public enum PolicyMeasureUnit
{
    Yuan = 1,
    Ratio = 2,
    Count = 3,
    Years = 4,
    Points = 5,
    Level = 6
}
