using Cultivation.Data;
using Cultivation.Repositories;

namespace Cultivation.Policies;

/// <summary>
/// The seeded programmes' materials checklists. Sources (policy-criteria.md): Shanghai's process for 专精特新 [S13] — the
/// firm fills in the form on 上海市企业服务云 and uploads its evidence, prints the system-generated 申请表 with the company seal
/// and the legal representative's signature on the authenticity declaration, and the district checks the evidence and
/// spot-checks on site. The evidence each criterion reads (revenue and R&amp;D for two years, Ⅰ类 IP, the 创新型 title) gives the
/// other items; where no source lists an item for the programme it is marked <see cref="PolicyMaterialItem.Unverified"/>.
/// 专项资金's materials list was not found at all (§3.2): its items are all unverified. A template that exists is left alone.
/// </summary>
public sealed class PolicyPipelineTemplateDataSeedContributor(IPolicyPipelineTemplateRepository templates, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 26;

    private static PolicyMaterialItem Item(string code, string name, string english, bool required, string? source = null) =>
        new() { Code = code, Name = name, EnglishName = english, Required = required, Source = source, Unverified = source is null };

    private static readonly PolicyMaterialItem ApplicationForm = Item("application-form", "申请表（系统生成，加盖公章并经法定代表人签字）",
        "Application form (system-generated, sealed and signed by the legal representative)", true, "[S13]");
    private static readonly PolicyMaterialItem Declaration = Item("authenticity-declaration", "真实性声明 / 承诺书",
        "Declaration of authenticity (undertaking)", true, "[S13] (声明页盖章签字)");
    private static readonly PolicyMaterialItem BusinessLicence = Item("business-licence", "营业执照（副本）", "Business licence (copy)", true);
    private static readonly PolicyMaterialItem Audit = Item("financial-audit", "近两年财务审计报告", "Audited financial statements, last two years", true);
    private static readonly PolicyMaterialItem RdAudit = Item("rd-expense-audit", "研发费用专项审计（鉴证）报告", "Special audit of R&D expenses", false);
    private static readonly PolicyMaterialItem Ip = Item("ip-certificates", "知识产权证明（Ⅰ类知识产权证书等）", "Intellectual property certificates (class I IP, …)", true,
        "[S1][S5] Ⅰ类知识产权条件");
    private static readonly PolicyMaterialItem OnSite = Item("on-site-check", "区级现场核查记录", "District on-site check record", false, "[S13] 区经委现场抽查");

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<PolicyMaterialItem>> Checklists = new Dictionary<string, IReadOnlyList<PolicyMaterialItem>>
    {
        ["innovative-sme"] = [ApplicationForm, Declaration, BusinessLicence, Audit, Ip with { Required = false, Source = null, Unverified = true }, RdAudit],
        ["specialised-sme"] = [ApplicationForm, Declaration, BusinessLicence, Audit, Ip, RdAudit,
            Item("innovative-sme-certificate", "创新型中小企业证明（2026-2 起须持有）", "Innovative SME title (required from 2026-2)", false, "[S1][S5] 2026-2 须已持有科技和创新型中小企业称号"),
            OnSite],
        ["little-giant"] = [ApplicationForm, Declaration, BusinessLicence, Audit, Ip, RdAudit,
            Item("specialised-sme-certificate", "上海市专精特新中小企业证明", "Shanghai specialised SME title", true, "policy-criteria.md §1 小巨人须为专精特新")],
        ["sme-development-fund"] = [
            Item("project-application", "项目申报书", "Project application", true),
            BusinessLicence, Audit,
            Item("project-budget", "项目资金预算及使用计划", "Project budget and spending plan", true),
            Declaration with { Source = null, Unverified = true }],
        ["unicorn"] = [ApplicationForm with { Source = "[S17a] 企业服务云 网上申报" }, Declaration with { Source = "[S17a] 基本条件（无失信、无重大事故等）" }, BusinessLicence,
            Item("financing-evidence", "融资及投后估值证明（投资协议、验资或银行流水）", "Financing and post-money valuation evidence", true, "[S17a] 估值与累计融资条件"), Audit],
        ["potential-unicorn"] = [ApplicationForm with { Source = "[S17a] 企业服务云 网上申报" }, Declaration with { Source = "[S17a] 基本条件（无失信、无重大事故等）" }, BusinessLicence,
            Item("financing-evidence", "融资及投后估值证明（投资协议、验资或银行流水）", "Financing and post-money valuation evidence", true, "[S17a] 估值与累计融资条件"), Audit],
        ["chuangke-national-enterprise"] = [Item("recommendation-form", "推荐表", "Recommendation form", true), BusinessLicence, Declaration with { Source = null, Unverified = true }],
        ["chuangke-national-maker"] = [Item("recommendation-form", "推荐表", "Recommendation form", true),
            Item("project-plan", "项目计划书", "Project plan", true), Declaration with { Source = null, Unverified = true }],
        ["union-outstanding-invention"] = [Item("recommendation-form", "推荐表", "Recommendation form", true),
            Item("invention-evidence", "发明成果证明（专利证书等）", "Evidence of the invention (patents, …)", true)],
        ["union-rationalisation"] = [Item("recommendation-form", "推荐表", "Recommendation form", true),
            Item("achievement-evidence", "成果应用及效益证明", "Evidence of application and benefit", true)],
        ["women-led-projects"] = [Item("recommendation-form", "推荐表", "Recommendation form", true),
            Item("project-plan", "项目计划书", "Project plan", true)]
    };

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        var changed = false;
        for (var i = 0; i < PolicyProgrammeDataSeedContributor.Catalogue.Count; i++)
        {
            var programmeId = PolicyProgrammeDataSeedContributor.SeedId(i + 1);
            if (!Checklists.TryGetValue(PolicyProgrammeDataSeedContributor.Catalogue[i].Code, out var items)
                || await templates.FindByProgrammeAsync(programmeId, cancellationToken) is not null)
            {
                continue;
            }
            await templates.InsertAsync(new PolicyPipelineTemplate(TemplateId(i + 1), programmeId, items), cancellationToken: cancellationToken);
            changed = true;
        }
        if (changed)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }

    public static Guid TemplateId(int number) => Guid.Parse($"00000000-0000-7000-8000-0000000026{number:D2}");
}
