using static Cultivation.Policies.PolicyMeasureUnit;

namespace Cultivation.Policies;

/// <summary>
/// The vocabulary rule sets are written in: every measure a criterion or a scoring table may name. Names are the
/// facts' names (<see cref="PolicyFacts"/>) or say how they are computed. Thresholds are never here: they are data.
/// </summary>
public static class PolicyMeasures
{
    private static readonly PolicyMeasure[] List =
    [
        Amount(nameof(PolicyYearFigures.OperatingRevenue), "营业收入", "operating revenue", y => y.OperatingRevenue),
        Amount(nameof(PolicyYearFigures.MainBusinessRevenue), "主营业务收入", "main-business revenue", y => y.MainBusinessRevenue),
        Amount(nameof(PolicyYearFigures.RdExpense), "研发费用", "R&D expense", y => y.RdExpense),
        Amount(nameof(PolicyYearFigures.RdStaff), "研发人员数", "R&D staff", y => y.RdStaff, Count),
        Amount(nameof(PolicyYearFigures.Employees), "从业人员数", "employees", y => y.Employees, Count),
        Amount(nameof(PolicyYearFigures.TotalAssets), "资产总额", "total assets", y => y.TotalAssets),
        Amount(nameof(PolicyYearFigures.TotalLiabilities), "负债总额", "total liabilities", y => y.TotalLiabilities),
        Amount(nameof(PolicyYearFigures.NetProfit), "净利润", "net profit", y => y.NetProfit),
        Quotient("RdIntensity", "研发费用占比", "R&D expense / revenue", nameof(PolicyYearFigures.RdExpense), y => y.RdExpense,
            nameof(PolicyYearFigures.OperatingRevenue), y => y.OperatingRevenue),
        Quotient("MainBusinessShare", "主营业务收入占比", "main-business share of revenue", nameof(PolicyYearFigures.MainBusinessRevenue), y => y.MainBusinessRevenue,
            nameof(PolicyYearFigures.OperatingRevenue), y => y.OperatingRevenue),
        Quotient("DebtRatio", "资产负债率", "debt ratio", nameof(PolicyYearFigures.TotalLiabilities), y => y.TotalLiabilities,
            nameof(PolicyYearFigures.TotalAssets), y => y.TotalAssets),
        Quotient("RdStaffShare", "研发人员占比", "R&D staff / employees", nameof(PolicyYearFigures.RdStaff), y => y.RdStaff,
            nameof(PolicyYearFigures.Employees), y => y.Employees),
        Quotient("NetProfitMargin", "净利润率", "net profit margin", nameof(PolicyYearFigures.NetProfit), y => y.NetProfit,
            nameof(PolicyYearFigures.OperatingRevenue), y => y.OperatingRevenue),
        Growth("MainBusinessRevenueGrowth", "主营业务收入增长率", "main-business revenue growth", nameof(PolicyYearFigures.MainBusinessRevenue), y => y.MainBusinessRevenue),
        Growth("OperatingRevenueGrowth", "营业收入增长率", "operating revenue growth", nameof(PolicyYearFigures.OperatingRevenue), y => y.OperatingRevenue),
        CompoundGrowth("MainBusinessRevenueCompoundGrowth", "主营业务收入复合增长率", "main-business revenue compound growth",
            nameof(PolicyYearFigures.MainBusinessRevenue), y => y.MainBusinessRevenue),
        CompoundGrowth("OperatingRevenueCompoundGrowth", "营业收入复合增长率", "operating revenue compound growth",
            nameof(PolicyYearFigures.OperatingRevenue), y => y.OperatingRevenue),

        Fact(nameof(PolicyFacts.NicheMarketYears), Years, "从事细分市场年限", "years in the niche market", f => f.NicheMarketYears),
        Fact(nameof(PolicyFacts.NicheMarketShare), Ratio, "细分市场占有率", "niche market share", f => f.NicheMarketShare),
        Fact(nameof(PolicyFacts.NicheMarketRank), Count, "细分市场排名", "niche market rank", f => f.NicheMarketRank),
        Fact(nameof(PolicyFacts.IpClassIHighValue), Count, "Ⅰ类高价值知识产权", "high-value class I IP", f => f.IpClassIHighValue),
        Fact(nameof(PolicyFacts.IpClassISelfDeveloped), Count, "自主研发Ⅰ类知识产权", "self-developed class I IP", f => f.IpClassISelfDeveloped),
        Fact(nameof(PolicyFacts.IpClassI), Count, "Ⅰ类知识产权", "class I IP", f => f.IpClassI),
        Fact(nameof(PolicyFacts.IpClassII), Count, "Ⅱ类知识产权", "class II IP", f => f.IpClassII),
        Fact(nameof(PolicyFacts.RdInstitutionLevel), Level, "研发机构级别", "R&D institution level", f => (int?)f.RdInstitutionLevel),
        Fact(nameof(PolicyFacts.DigitalisationLevel), Level, "数字化水平", "digitalisation level", f => f.DigitalisationLevel),
        Fact(nameof(PolicyFacts.QualityItems), Count, "质量管理项目数", "quality items", f => f.QualityItems),
        Fact(nameof(PolicyFacts.MainProductFieldLevel), Level, "主导产品所属领域", "field of the main product", f => f.MainProductFieldLevel),
        Fact(nameof(PolicyFacts.DevelopmentEvaluationScore), Points, "专精特新发展评价得分", "development evaluation score", f => f.DevelopmentEvaluationScore),
        Fact(nameof(PolicyFacts.LocalSpecialtyPoints), Points, "特色化指标得分", "local specialty points", f => f.LocalSpecialtyPoints),
        PolicyMeasure.Point(nameof(PolicyFacts.Listed), Count, "已上市", "listed", q => q.Facts.Listed is { } listed
            ? PolicyReading.Of(listed ? 1 : 0) : PolicyReading.Lacking(nameof(PolicyFacts.Listed))),
        PolicyMeasure.Point("IpLevel", Level, "知识产权最高类别", "highest IP class", PolicyFactReaders.IpLevel),
        PolicyMeasure.Point("CompanyAge", Years, "成立年限", "years since founding", PolicyFactReaders.CompanyAge),
        PolicyMeasure.Point("EquityRaised", Yuan, "新增股权融资（合格机构投资者实缴）", "new equity from qualified investors (paid-in)",
            PolicyFactReaders.EquityRaised, needsWindow: true),
        PolicyMeasure.Point("CumulativeQualifiedFinancing", Yuan, "累计合格机构投资者融资", "cumulative qualified financing", PolicyFactReaders.CumulativeFinancing),
        PolicyMeasure.Point("QualifiedInvestorRounds", Count, "合格机构投资者融资轮次", "rounds from qualified investors", PolicyFactReaders.QualifiedRounds),
        PolicyMeasure.Point("PostMoneyValuation", Yuan, "最近一轮投后估值", "latest post-money valuation", PolicyFactReaders.LatestValuation),
        PolicyMeasure.Point("Honours", Count, "荣誉奖项", "honours", PolicyFactReaders.Honours, PolicyMeasureSubject.HonourKind),
        PolicyMeasure.Point("Confirmed", Count, "已确认事项", "confirmed fact", PolicyFactReaders.Confirmed, PolicyMeasureSubject.Confirmation),
        PolicyMeasure.Point("TitleHeld", Count, "有效期内称号", "title held and valid", PolicyFactReaders.TitleHeld, PolicyMeasureSubject.ProgrammeCode)
    ];

    public static IReadOnlyDictionary<string, PolicyMeasure> ByName { get; } = List.ToDictionary(m => m.Name, StringComparer.Ordinal);

    public static PolicyMeasure? Find(string? name) => name is not null && ByName.TryGetValue(name, out var measure) ? measure : null;

    private static PolicyMeasure Amount(string name, string zh, string en, Func<PolicyYearFigures, decimal?> read, PolicyMeasureUnit unit = Yuan) =>
        PolicyMeasure.Yearly(name, unit, zh, en, (facts, year) => PolicyFactReaders.Year(facts, year) is { } y && read(y) is { } v
            ? PolicyReading.Of(v) : PolicyReading.Lacking(PolicyFactReaders.YearFact(name, year)));

    private static PolicyMeasure Quotient(string name, string zh, string en, string numeratorName, Func<PolicyYearFigures, decimal?> numerator,
        string denominatorName, Func<PolicyYearFigures, decimal?> denominator) =>
        PolicyMeasure.Yearly(name, Ratio, zh, en, (facts, year) =>
        {
            var y = PolicyFactReaders.Year(facts, year);
            var missing = new List<string>();
            if (y is null || numerator(y) is null)
            {
                missing.Add(PolicyFactReaders.YearFact(numeratorName, year));
            }
            if (y is null || denominator(y) is not > 0)
            {
                missing.Add(PolicyFactReaders.YearFact(denominatorName, year));
            }
            return missing.Count > 0 ? new PolicyReading(null, missing) : PolicyReading.Of(numerator(y!)!.Value / denominator(y!)!.Value);
        }, (numeratorName, denominator));

    private static PolicyMeasure Growth(string name, string zh, string en, string factName, Func<PolicyYearFigures, decimal?> read) =>
        PolicyMeasure.Yearly(name, Ratio, zh, en, (facts, year) => PolicyFactReaders.GrowthOver(facts, factName, read, year, 1));

    private static PolicyMeasure CompoundGrowth(string name, string zh, string en, string factName, Func<PolicyYearFigures, decimal?> read) =>
        PolicyMeasure.Point(name, Ratio, zh, en, q => PolicyFactReaders.GrowthOver(q.Facts, factName, read, q.LastYear, q.Years ?? 1), needsWindow: true);

    private static PolicyMeasure Fact(string name, PolicyMeasureUnit unit, string zh, string en, Func<PolicyFacts, decimal?> read) =>
        PolicyMeasure.Point(name, unit, zh, en, q => read(q.Facts) is { } v ? PolicyReading.Of(v) : PolicyReading.Lacking(name));
}
