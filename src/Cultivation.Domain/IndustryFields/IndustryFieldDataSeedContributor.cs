using Cultivation.Data;
using Cultivation.Repositories;

namespace Cultivation.IndustryFields;

/// <summary>
/// The contest notice groups the semi-final by industry field without listing the fields, so the
/// catalogue starts from the nine categories of 《战略性新兴产业分类（2018）》 (which eligibility scoring
/// also uses) plus 其他. Administrators edit it; seeding only adds codes that are missing.
/// </summary>
public sealed class IndustryFieldDataSeedContributor(IIndustryFieldRepository industryFields, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public static readonly IReadOnlyList<(string Code, string Name, string EnglishName, bool StrategicEmerging)> Catalogue =
    [
        ("01", "新一代信息技术", "New-generation information technology", true),
        ("02", "高端装备制造", "High-end equipment manufacturing", true),
        ("03", "新材料", "New materials", true),
        ("04", "生物医药", "Biotechnology and medicine", true),
        ("05", "新能源汽车", "New-energy vehicles", true),
        ("06", "新能源", "New energy", true),
        ("07", "节能环保", "Energy saving and environmental protection", true),
        ("08", "数字创意", "Digital creativity", true),
        ("09", "相关服务业", "Related services", true),
        ("99", "其他", "Other", false)
    ];

    /// <summary>
    /// The classification's own full names (新一代信息技术产业 …) and common short names, as organisers' sheets write them.
    /// Shanghai's systems are kept apart (<see cref="LocalIndustryDataSeedContributor"/>).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> SeededAliases = new Dictionary<string, string[]>
    {
        ["01"] = ["新一代信息技术产业", "信息技术", "新一代信息技术产业类"],
        ["02"] = ["高端装备制造产业", "高端装备制造业"],
        ["03"] = ["新材料产业"],
        ["04"] = ["生物产业", "生物医药产业", "生物技术"],
        ["05"] = ["新能源汽车产业"],
        ["06"] = ["新能源产业"],
        ["07"] = ["节能环保产业", "节能环保业"],
        ["08"] = ["数字创意产业"],
        ["09"] = ["相关服务业产业", "战略性新兴产业相关服务业"],
        ["99"] = ["其它"]
    };

    public int Order => 20;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        var added = false;
        for (var i = 0; i < Catalogue.Count; i++)
        {
            var (code, name, englishName, strategicEmerging) = Catalogue[i];
            if (await industryFields.FindByCodeAsync(code, cancellationToken) is { } existing)
            {
                // A catalogue seeded before aliases existed gets them once; an administrator's own list is never touched.
                if (existing.Aliases.Count == 0 && existing.LastModificationTime is null && SeededAliases.TryGetValue(code, out var missing))
                {
                    existing.NameAliases(missing);
                    added = true;
                }
                continue;
            }
            var field = new IndustryField(SeedId(code), code, name);
            field.Describe(name, englishName, null, strategicEmerging, i + 1);
            field.NameAliases(SeededAliases.GetValueOrDefault(code, []));
            await industryFields.InsertAsync(field, cancellationToken: cancellationToken);
            added = true;
        }
        if (added)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Fixed ids for the seeded fields, so demo and test data can refer to them.</summary>
    public static Guid SeedId(string code) => Guid.Parse($"00000000-0000-7000-8000-0000000010{code}");
}
