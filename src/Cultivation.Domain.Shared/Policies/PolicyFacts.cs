using System.ComponentModel.DataAnnotations;

namespace Cultivation.Policies;

/// <summary>
/// What is known about an enterprise for a policy assessment. Every fact may be left out: a missing fact is
/// never read as zero; the criteria that need it come out as missing and the assessment names it.
/// Amounts are yuan (元); ratios are fractions (0.05 = 5 %). The property names are the fact names that rule
/// sets refer to.
/// </summary>
public sealed class PolicyFacts
{
    /// <summary>Yearly figures (营业收入, 研发费用, …), one entry per financial year.</summary>
    [MaxLength(PolicyRuleSetConsts.MaxFactEntries)]
    public List<PolicyYearFigures>? Years { get; set; }

    /// <summary>Equity financing rounds (股权融资). Leave out when unknown; an empty list means "none".</summary>
    [MaxLength(PolicyRuleSetConsts.MaxFactEntries)]
    public List<PolicyFinancingRound>? FinancingRounds { get; set; }

    /// <summary>成立日期.</summary>
    public DateOnly? FoundedOn { get; set; }

    /// <summary>Listed at home or abroad (境内外上市).</summary>
    public bool? Listed { get; set; }

    /// <summary>Full years in its niche market (从事特定细分市场年限) at the end of last year.</summary>
    [Range(0, 200)]
    public int? NicheMarketYears { get; set; }

    /// <summary>Main product's share of the national niche market (fraction).</summary>
    [Range(0, 1)]
    public decimal? NicheMarketShare { get; set; }

    /// <summary>Main product's rank in the national niche market (1 = first).</summary>
    [Range(1, 100000)]
    public int? NicheMarketRank { get; set; }

    /// <summary>Valid Ⅰ类高价值 IP related to the main product.</summary>
    [Range(0, 100000)]
    public int? IpClassIHighValue { get; set; }

    /// <summary>Valid 自主研发 Ⅰ类 IP related to the main product (high-value ones included).</summary>
    [Range(0, 100000)]
    public int? IpClassISelfDeveloped { get; set; }

    /// <summary>Valid Ⅰ类 IP related to the main product, all kinds (发明专利, 集成电路布图设计, …).</summary>
    [Range(0, 100000)]
    public int? IpClassI { get; set; }

    /// <summary>Valid Ⅱ类 IP related to the main product (软件著作权, 实用新型, 外观设计 kept over 2 years).</summary>
    [Range(0, 100000)]
    public int? IpClassII { get; set; }

    /// <summary>Highest accredited R&amp;D institution (研发机构级别).</summary>
    public RdInstitutionLevel? RdInstitutionLevel { get; set; }

    /// <summary>数字化水平 level (1, 2, 3 or above).</summary>
    [Range(0, 10)]
    public int? DigitalisationLevel { get; set; }

    /// <summary>How many quality items hold: provincial-or-higher quality award, ISO9001-type certificate, own brand, standards drafted.</summary>
    [Range(0, 10)]
    public int? QualityItems { get; set; }

    /// <summary>
    /// Field of the main product for 专精特新 scoring: 2 = 补短板/锻长板/填空白 at a key chain link, 1 = 工业"六基", 中华老字号 or supplier
    /// of a chain 龙头, 0 = other.
    /// </summary>
    [Range(0, 2)]
    public int? MainProductFieldLevel { get; set; }

    /// <summary>专精特新发展评价 score from the national platform (工信厅企业〔2024〕75号).</summary>
    [Range(0, 100)]
    public decimal? DevelopmentEvaluationScore { get; set; }

    /// <summary>Points of the province's own 特色化 indicators, as assessed (0–15).</summary>
    [Range(0, 100)]
    public decimal? LocalSpecialtyPoints { get; set; }

    /// <summary>Awards and honours with their dates (科技奖励, 高新技术企业, 创客中国 500强/50强企业组, …).</summary>
    [MaxLength(PolicyRuleSetConsts.MaxFactEntries)]
    public List<PolicyHonour>? Honours { get; set; }

    /// <summary>
    /// The honour kinds <see cref="Honours"/> speaks for, when it is not all of them: facts read from the records know the
    /// 创客中国 lists but not 高新技术企业, so another kind reads as missing, not as "none". Left out: every kind.
    /// </summary>
    [MaxLength(PolicyRuleSetConsts.MaxFactEntries)]
    public List<PolicyHonourKind>? HonourKindsKnown { get; set; }

    /// <summary>Titles held (创新型中小企业, 专精特新中小企业, …) with their validity.</summary>
    [MaxLength(PolicyRuleSetConsts.MaxFactEntries)]
    public List<PolicyTitleHeld>? Titles { get; set; }

    /// <summary>
    /// Yes/no facts a person confirms (governance standardised, niche share "较为靠前", …), by name; see
    /// <see cref="PolicyConfirmations"/>. A name left out is unconfirmed, which is not "no".
    /// </summary>
    [MaxLength(PolicyRuleSetConsts.MaxFactEntries)]
    public Dictionary<string, bool>? Confirmations { get; set; }
}

/// <summary>One financial year's figures. Amounts in yuan.</summary>
public sealed class PolicyYearFigures
{
    [Range(1990, 2100)]
    public int Year { get; set; }

    /// <summary>营业收入.</summary>
    [Range(0, 1e15)]
    public decimal? OperatingRevenue { get; set; }

    /// <summary>主营业务收入.</summary>
    [Range(0, 1e15)]
    public decimal? MainBusinessRevenue { get; set; }

    /// <summary>研发费用.</summary>
    [Range(0, 1e15)]
    public decimal? RdExpense { get; set; }

    /// <summary>研发人员数.</summary>
    [Range(0, 10_000_000)]
    public int? RdStaff { get; set; }

    /// <summary>从业人员数.</summary>
    [Range(0, 10_000_000)]
    public int? Employees { get; set; }

    /// <summary>资产总额 at year end.</summary>
    [Range(0, 1e15)]
    public decimal? TotalAssets { get; set; }

    /// <summary>负债总额 at year end.</summary>
    [Range(0, 1e15)]
    public decimal? TotalLiabilities { get; set; }

    /// <summary>净利润 (may be negative).</summary>
    [Range(-1e15, 1e15)]
    public decimal? NetProfit { get; set; }
}

/// <summary>One equity financing round (股权融资).</summary>
public sealed class PolicyFinancingRound
{
    /// <summary>Paid-in amount (实缴额), yuan.</summary>
    [Range(0, 1e15)]
    public decimal Amount { get; set; }

    /// <summary>When the money was paid in.</summary>
    public DateOnly Date { get; set; }

    /// <summary>From a qualified institutional investor (合格机构投资者).</summary>
    public bool QualifiedInvestor { get; set; }

    /// <summary>Post-money valuation of this round (投后估值), yuan, when known.</summary>
    [Range(0, 1e16)]
    public decimal? PostMoneyValuation { get; set; }
}

/// <summary>An award or honour with its date and, for honours that expire, its validity.</summary>
public sealed class PolicyHonour
{
    public PolicyHonourKind Kind { get; set; }

    /// <summary>When it was awarded (for 创客中国 lists: the list's publication; the first day of the year will do).</summary>
    public DateOnly AwardedOn { get; set; }

    /// <summary>Last day of validity, for honours that expire (高新技术企业).</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>The enterprise's rank among the award's units (科技奖励 完成单位排名), when the rule asks for it.</summary>
    [Range(1, 1000)]
    public int? Rank { get; set; }
}

/// <summary>A title held, by the programme code that grants it.</summary>
public sealed class PolicyTitleHeld
{
    [Required]
    [StringLength(PolicyProgrammeConsts.MaxCodeLength)]
    public string ProgrammeCode { get; set; } = null!;

    public DateOnly GrantedOn { get; set; }

    /// <summary>Last day of validity.</summary>
    public DateOnly? ValidUntil { get; set; }
}
