using System.Globalization;
using System.Text;

namespace Cultivation.Enterprises;

/// <summary>
/// The columns of an enterprise spreadsheet, one list for everything that reads or writes one: the export
/// writes <see cref="Column.Header"/>; the import reads a column by its header, any alias or its English key
/// (full-width or half-width, any case, spaces and underscores ignored), in any order; the import templates
/// are generated from it. So an exported file imports again, and a template fills back in.
/// Amounts: the header names the unit — "营业收入（万元）" is read in 万元, "营业收入（元）" or "营业收入" in 元
/// (English: "operating_revenue_wan" / "operating_revenue_yuan").
/// </summary>
public static class EnterpriseSheetColumns
{
    /// <param name="Key">The English header, also the column's id in import reports.</param>
    /// <param name="Name">The Chinese header (without the unit for amounts).</param>
    /// <param name="Aliases">Other headers people write for it, Chinese or English.</param>
    public sealed record Column(string Key, string Name, params string[] Aliases)
    {
        /// <summary>The English name shown in English messages.</summary>
        public string EnglishName { get; init; } = Key.Replace('_', ' ');

        /// <summary>The domain field it fills, as domain errors name it (camelCase).</summary>
        public string? Field { get; init; }

        /// <summary>An amount in yuan; the header says whether the file writes 元 or 万元.</summary>
        public bool IsAmount { get; init; }

        /// <summary>What the export writes; amounts are exported in 元.</summary>
        public string Header => HeaderIn(AmountUnit.Yuan);

        public string HeaderIn(AmountUnit unit) => IsAmount ? $"{Name}（{(unit == AmountUnit.Yuan ? "元" : "万元")}）" : Name;
    }

    public enum AmountUnit
    {
        Yuan = 1,
        TenThousandYuan = 2
    }

    public static readonly Column Name = new("name", "企业名称", "名称", "企业（团队）名称", "企业/团队名称", "团队名称", "单位名称", "enterprise_name", "company", "company_name") { EnglishName = "Name", Field = "name" };
    public static readonly Column CreditCode = new("credit_code", "统一社会信用代码", "信用代码", "社会信用代码", "统一代码", "uscc", "unified_social_credit_code") { EnglishName = "Unified social credit code", Field = "creditCode" };
    public static readonly Column Kind = new("kind", "类型", "主体类型", "参赛主体") { EnglishName = "Kind", Field = "kind" };
    public static readonly Column District = new("district", "所属区", "区", "所在区", "所属区县", "行政区") { EnglishName = "District", Field = "districtId" };
    public static readonly Column IndustryField = new("industry_field", "行业领域", "行业", "所属行业", "领域", "industry") { EnglishName = "Industry field", Field = "industryFieldId" };
    public static readonly Column FoundedOn = new("founded_on", "成立日期", "注册日期", "成立时间", "注册时间") { EnglishName = "Founded on", Field = "foundedOn" };
    public static readonly Column RegisteredCapital = new("registered_capital", "注册资本", "注册资金") { EnglishName = "Registered capital", Field = "registeredCapital", IsAmount = true };
    public static readonly Column Address = new("address", "地址", "注册地址", "通讯地址", "办公地址") { EnglishName = "Address", Field = "address" };
    public static readonly Column Website = new("website", "网站", "官网", "网址") { EnglishName = "Website", Field = "website" };
    public static readonly Column LeadName = new("lead_name", "负责人", "创始人", "法定代表人", "团队负责人", "负责人姓名", "lead", "founder") { EnglishName = "Lead", Field = "leadName" };
    public static readonly Column LeadGender = new("lead_gender", "负责人性别", "性别", "gender") { EnglishName = "Lead's gender", Field = "leadGender" };
    public static readonly Column EditionYear = new("edition_year", "届次", "年份", "参赛年份", "大赛年份", "edition") { EnglishName = "Edition", Field = "editionId" };
    public static readonly Column Track = new("track", "组别", "参赛组别") { EnglishName = "Track", Field = "track" };
    public static readonly Column StageReached = new("stage", "最远赛程", "赛程", "晋级阶段", "参赛阶段", "stage_reached") { EnglishName = "Stage reached", Field = "stageReached" };
    public static readonly Column Prize = new("prize", "奖项", "获奖等级", "获奖情况", "奖次", "prize_level", "award") { EnglishName = "Prize", Field = "prizeLevel" };
    public static readonly Column ProjectName = new("project_name", "项目名称", "参赛项目", "参赛项目名称", "project") { EnglishName = "Project name", Field = "projectName" };
    public static readonly Column NationalAdvancement = new("national_advancement", "全国晋级", "晋级全国", "全国赛晋级") { EnglishName = "National advancement", Field = "nationalAdvancement" };
    public static readonly Column NationalAdvancementYear = new("national_advancement_year", "全国晋级年份", "晋级年份") { EnglishName = "National advancement year", Field = "nationalAdvancementYear" };
    public static readonly Column NationalPrize = new("national_prize", "全国总决赛奖项", "全国奖项", "全国赛奖项") { EnglishName = "National final prize", Field = "nationalPrize" };

    public static readonly Column FiguresYear = new("year", "年度", "数据年度", "统计年度", "年份", "figures_year") { EnglishName = "Year", Field = "year" };
    public static readonly Column OperatingRevenue = new("operating_revenue", "营业收入", "营收", "revenue") { EnglishName = "Operating revenue", Field = "operatingRevenue", IsAmount = true };
    public static readonly Column MainBusinessRevenue = new("main_business_revenue", "主营业务收入", "主营收入") { EnglishName = "Main business revenue", Field = "mainBusinessRevenue", IsAmount = true };
    public static readonly Column RdExpense = new("rd_expense", "研发费用", "研发投入", "研发经费", "r&d_expense") { EnglishName = "R&D expense", Field = "rdExpense", IsAmount = true };
    public static readonly Column RdStaff = new("rd_staff", "研发人员数", "研发人员", "研发人数") { EnglishName = "R&D staff", Field = "rdStaff" };
    public static readonly Column Employees = new("employees", "从业人员数", "从业人数", "员工人数", "职工人数", "员工数") { EnglishName = "Employees", Field = "employees" };
    public static readonly Column TotalAssets = new("total_assets", "资产总额", "总资产") { EnglishName = "Total assets", Field = "totalAssets", IsAmount = true };
    public static readonly Column TotalLiabilities = new("total_liabilities", "负债总额", "总负债") { EnglishName = "Total liabilities", Field = "totalLiabilities", IsAmount = true };
    public static readonly Column NetProfit = new("net_profit", "净利润", "利润") { EnglishName = "Net profit", Field = "netProfit", IsAmount = true };
    public static readonly Column EquityFinancingRaised = new("equity_financing_raised", "股权融资额", "股权融资", "融资额", "融资金额", "equity_financing") { EnglishName = "Equity financing raised", Field = "equityFinancingRaised", IsAmount = true };
    public static readonly Column IpClassI = new("ip_class_i", "Ⅰ类知识产权", "一类知识产权", "I类知识产权数", "Ⅰ类知识产权数") { EnglishName = "Class I IP", Field = "ipClassI" };
    public static readonly Column IpClassIHighValue = new("ip_class_i_high_value", "Ⅰ类高价值知识产权", "一类高价值知识产权", "高价值知识产权", "Ⅰ类高价值知识产权数") { EnglishName = "Class I high-value IP", Field = "ipClassIHighValue" };
    public static readonly Column IpClassII = new("ip_class_ii", "Ⅱ类知识产权", "二类知识产权", "Ⅱ类知识产权数") { EnglishName = "Class II IP", Field = "ipClassII" };
    public static readonly Column NicheMarketYears = new("niche_market_years", "细分市场年限", "从事细分市场年限", "深耕年限") { EnglishName = "Years in niche market", Field = "nicheMarketYears" };

    /// <summary>The export of the enterprise list: each enterprise with its latest award.</summary>
    public static readonly IReadOnlyList<Column> Export =
    [
        Name, CreditCode, Kind, District, IndustryField, FoundedOn, RegisteredCapital, Address, Website, LeadName, LeadGender,
        EditionYear, Track, StageReached, Prize, ProjectName, NationalAdvancement, NationalAdvancementYear, NationalPrize
    ];

    /// <summary>Export only (the import ignores it): the titles held now, by name, "；"-separated.</summary>
    public static readonly Column Titles = new("titles", "有效称号") { EnglishName = "Titles held" };

    /// <summary>Columns only the export writes (read from other records): an import of an export passes over them without a word.</summary>
    public static readonly IReadOnlyList<Column> ExportOnly = [Titles];

    /// <summary>What the enterprise list's export writes: <see cref="Export"/> and the titles held.</summary>
    public static readonly IReadOnlyList<Column> ListExport = [.. Export, Titles];

    /// <summary>参赛及获奖结果: the enterprise, its entry in the edition and the outcome (the export reads back as this kind).</summary>
    public static readonly IReadOnlyList<Column> ContestResults = Export;

    /// <summary>全国晋级: an entry already recorded, found by credit code (or team name and lead) and edition.</summary>
    public static readonly IReadOnlyList<Column> NationalAdvancementResults =
    [
        Name, CreditCode, LeadName, EditionYear, NationalAdvancement, NationalAdvancementYear, NationalPrize
    ];

    /// <summary>年度经营数据.</summary>
    public static readonly IReadOnlyList<Column> YearlyFigures =
    [
        Name, CreditCode, LeadName, FiguresYear, OperatingRevenue, MainBusinessRevenue, RdExpense, RdStaff, Employees,
        TotalAssets, TotalLiabilities, NetProfit, EquityFinancingRaised, IpClassI, IpClassIHighValue, IpClassII, NicheMarketYears
    ];

    public static IEnumerable<Column> All =>
        ContestResults.Concat(NationalAdvancementResults).Concat(YearlyFigures).Distinct();

    /// <summary>The column a header names among <paramref name="columns"/>, and for amounts the factor to yuan (1 or 10,000).</summary>
    public static (Column Column, decimal Multiplier)? Match(string? header, IEnumerable<Column> columns)
    {
        var (text, unit) = SplitUnit(NormalizeHeader(header));
        if (text.Length == 0)
        {
            return null;
        }
        foreach (var column in columns)
        {
            if (column.Key.Replace("_", string.Empty, StringComparison.Ordinal) == text || NormalizeHeader(column.Name) == text
                || column.Aliases.Any(a => NormalizeHeader(a) == text))
            {
                if (unit is not null && !column.IsAmount)
                {
                    continue;
                }
                return (column, unit ?? 1m);
            }
        }
        return null;
    }

    /// <summary>Full-width to half-width (NFKC: "（万元）" → "(万元)", "Ⅰ" → "I"), no spaces, underscores, hyphens or asterisks, lower case.</summary>
    public static string NormalizeHeader(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return string.Empty;
        }
        var builder = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c is not ('_' or '-' or '*' or ':' or '\uFEFF'))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString().Replace('【', '(').Replace('】', ')').Replace('[', '(').Replace(']', ')');
    }

    private static readonly (string Suffix, decimal Multiplier)[] UnitSuffixes =
    [
        ("(万元)", 10_000m), ("(人民币万元)", 10_000m), ("(万)", 10_000m), ("(元)", 1m), ("(人民币元)", 1m),
        ("(10kyuan)", 10_000m), ("(wanyuan)", 10_000m), ("(yuan)", 1m),
        ("10kyuan", 10_000m), ("wanyuan", 10_000m), ("wan", 10_000m), ("yuan", 1m)
    ];

    private static (string Text, decimal? Multiplier) SplitUnit(string normalized)
    {
        foreach (var (suffix, multiplier) in UnitSuffixes)
        {
            if (normalized.Length > suffix.Length && normalized.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (normalized[..^suffix.Length], multiplier);
            }
        }
        return (normalized, null);
    }

    /// <summary>For messages: the column's name in the language asked for.</summary>
    public static string DisplayName(Column column, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" ? column.Name : column.EnglishName;
}
