using Cultivation.Data;
using Cultivation.Repositories;
using static Cultivation.Policies.PolicyGrantingLevel;
using static Cultivation.Policies.PolicyProgrammeKind;

namespace Cultivation.Policies;

/// <summary>
/// The programmes of the contest notice and the ladder (policy-criteria.md) with the rule sets shipped as embedded JSON.
/// Seeding adds what is missing: a programme by its code, a rule set by its version (unless an administrator's version
/// already covers those dates). Administrators edit both afterwards.
/// </summary>
public sealed class PolicyProgrammeDataSeedContributor(IPolicyProgrammeRepository programmes, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public static readonly IReadOnlyList<(string Code, string Name, string EnglishName, PolicyProgrammeKind Kind, PolicyGrantingLevel Level)> Catalogue =
    [
        ("innovative-sme", "创新型中小企业（2026年起：科技和创新型中小企业）", "Innovative SME (from 2026: tech-based and innovative SME)", Evaluated, Municipal),
        ("specialised-sme", "专精特新中小企业（上海市）", "Specialised, refined, distinctive and innovative SME (Shanghai)", Recognised, Municipal),
        ("little-giant", "专精特新\"小巨人\"企业", "\"Little giant\" enterprise", Recognised, National),
        ("sme-development-fund", "上海市中小企业发展专项资金", "Shanghai SME development special fund", ProjectBased, Municipal),
        ("unicorn", "上海市重点服务独角兽企业", "Shanghai key-service unicorn", Selected, Municipal),
        ("potential-unicorn", "上海市重点服务潜力独角兽企业", "Shanghai key-service potential unicorn", Selected, Municipal),
        ("chuangke-national-enterprise", "\"创客中国\"全国企业组500强推荐", "\"创客中国\" national Top 500 enterprise group (recommendation)", Selected, National),
        ("chuangke-national-maker", "\"创客中国\"全国创客组100强推荐", "\"创客中国\" national Top 100 maker group (recommendation)", Selected, National),
        ("union-outstanding-invention", "上海市总工会\"上海市优秀发明选拔赛\"", "Shanghai Federation of Trade Unions: outstanding invention selection", Selected, Municipal),
        ("union-rationalisation", "上海市职工合理化建议和先进操作法优秀成果", "Shanghai staff rationalisation proposals and advanced methods", Selected, Municipal),
        ("women-led-projects", "上海市妇联相关评选（女性创业项目）", "Shanghai Women's Federation selections (women-led projects)", Selected, Municipal)
    ];

    public int Order => 25;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        var changed = false;
        for (var i = 0; i < Catalogue.Count; i++)
        {
            var (code, name, englishName, kind, level) = Catalogue[i];
            var programme = await programmes.FindByCodeAsync(code, cancellationToken);
            if (programme is null)
            {
                programme = new PolicyProgramme(SeedId(i + 1), code, name, englishName, kind, level);
                programme.Describe(name, englishName, kind, level, null, i + 1);
                await programmes.InsertAsync(programme, cancellationToken: cancellationToken);
                changed = true;
            }
            foreach (var seed in PolicySeedRuleSet.All.Where(s => s.ProgrammeCode == code))
            {
                if (programme.RuleSets.Any(r => string.Equals(r.Version, seed.Version, StringComparison.OrdinalIgnoreCase) || r.Overlaps(seed.EffectiveFrom, seed.EffectiveTo)))
                {
                    continue;
                }
                programme.AddRuleSet(Guid.CreateVersion7(), seed.Version, seed.EffectiveFrom, seed.EffectiveTo, seed.Definition);
                changed = true;
            }
        }
        if (changed)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Fixed ids for the seeded programmes, so tests and demo data can refer to them.</summary>
    public static Guid SeedId(int number) => Guid.Parse($"00000000-0000-7000-8000-0000000025{number:D2}");
}
