namespace Cultivation.Enterprises;

/// <summary>
/// The columns of an enterprise spreadsheet: the export writes the Chinese headers, and the import
/// (contest results) reads them or any alias. One list, so an exported file can be imported again.
/// </summary>
public static class EnterpriseSheetColumns
{
    public sealed record Column(string Key, string Header, params string[] Aliases);

    public static readonly Column Name = new("name", "企业名称", "名称", "企业（团队）名称", "团队名称");
    public static readonly Column CreditCode = new("credit_code", "统一社会信用代码", "信用代码", "社会信用代码");
    public static readonly Column Kind = new("kind", "类型", "主体类型");
    public static readonly Column District = new("district", "所属区", "区", "所在区");
    public static readonly Column IndustryField = new("industry_field", "行业领域", "行业");
    public static readonly Column FoundedOn = new("founded_on", "成立日期", "注册日期");
    public static readonly Column RegisteredCapital = new("registered_capital_yuan", "注册资本（元）", "注册资本");
    public static readonly Column Address = new("address", "地址", "注册地址");
    public static readonly Column Website = new("website", "网站", "官网");
    public static readonly Column LeadName = new("lead_name", "负责人", "创始人", "法定代表人");
    public static readonly Column LeadGender = new("lead_gender", "负责人性别", "性别");
    public static readonly Column EditionYear = new("edition_year", "届次", "年份", "参赛年份");
    public static readonly Column Track = new("track", "组别");
    public static readonly Column StageReached = new("stage", "最远赛程", "赛程");
    public static readonly Column Prize = new("prize", "奖项", "获奖等级");
    public static readonly Column ProjectName = new("project_name", "项目名称", "参赛项目");
    public static readonly Column NationalAdvancement = new("national_advancement", "全国晋级");
    public static readonly Column NationalAdvancementYear = new("national_advancement_year", "全国晋级年份");

    public static readonly IReadOnlyList<Column> Export =
    [
        Name, CreditCode, Kind, District, IndustryField, FoundedOn, RegisteredCapital, Address, Website, LeadName, LeadGender,
        EditionYear, Track, StageReached, Prize, ProjectName, NationalAdvancement, NationalAdvancementYear
    ];
}
