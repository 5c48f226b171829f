using Cultivation.Data;
using Cultivation.Repositories;

namespace Cultivation.IndustryFields;

/// <summary>
/// Shanghai's own industry systems as the municipal documents name them (see shared/reference/shanghai-industries.md),
/// each mapped to a national category as a starting point: none is confirmed until an administrator confirms it.
/// Seeding only adds codes that are missing; a newer system (the 十五五 "2+3+6+6") is added the same way when its names
/// are published.
/// </summary>
public sealed class LocalIndustryDataSeedContributor(ILocalIndustryRepository localIndustries, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    private const string ThreePlusSix = "上海“3+6”新型产业体系";
    private const string ThreePlusSixSource = "《上海市先进制造业发展“十四五”规划》；2024年3月国新办新闻发布会重申";
    private const string NewTracks = "上海四大新赛道";
    private const string NewTracksSource = "2022-06-16 投资促进方案；2022-07-08 市政府办公厅行动方案（数字经济：沪府办发〔2022〕11号）";
    private const string FutureIndustries = "上海五大未来产业";
    private const string FutureIndustriesSource = "《上海打造未来产业创新高地发展壮大未来产业集群行动方案》（沪府发〔2022〕11号，2022-09-24）";

    public static readonly IReadOnlyList<(string Code, string Name, string System, string Group, string Source, string FieldCode)> Catalogue =
    [
        ("SH36-IC", "集成电路", ThreePlusSix, "三大先导产业", ThreePlusSixSource, "01"),
        ("SH36-BIO", "生物医药", ThreePlusSix, "三大先导产业", ThreePlusSixSource, "04"),
        ("SH36-AI", "人工智能", ThreePlusSix, "三大先导产业", ThreePlusSixSource, "01"),
        ("SH36-EI", "电子信息", ThreePlusSix, "六大重点产业", ThreePlusSixSource, "01"),
        ("SH36-LH", "生命健康", ThreePlusSix, "六大重点产业", ThreePlusSixSource, "04"),
        ("SH36-AUTO", "汽车", ThreePlusSix, "六大重点产业", ThreePlusSixSource, "02"),
        ("SH36-HEE", "高端装备", ThreePlusSix, "六大重点产业", ThreePlusSixSource, "02"),
        ("SH36-AM", "先进材料", ThreePlusSix, "六大重点产业", ThreePlusSixSource, "03"),
        ("SH36-FCG", "时尚消费品", ThreePlusSix, "六大重点产业", ThreePlusSixSource, "09"),
        ("SHNT-DE", "数字经济", NewTracks, "四大新赛道", NewTracksSource, "01"),
        ("SHNT-GLC", "绿色低碳", NewTracks, "四大新赛道", NewTracksSource, "07"),
        ("SHNT-MV", "元宇宙", NewTracks, "四大新赛道", NewTracksSource, "01"),
        ("SHNT-ST", "智能终端", NewTracks, "四大新赛道", NewTracksSource, "01"),
        ("SHFI-FH", "未来健康", FutureIndustries, "五大未来产业", FutureIndustriesSource, "04"),
        ("SHFI-FI", "未来智能", FutureIndustries, "五大未来产业", FutureIndustriesSource, "01"),
        ("SHFI-FE", "未来能源", FutureIndustries, "五大未来产业", FutureIndustriesSource, "06"),
        ("SHFI-FS", "未来空间", FutureIndustries, "五大未来产业", FutureIndustriesSource, "02"),
        ("SHFI-FM", "未来材料", FutureIndustries, "五大未来产业", FutureIndustriesSource, "03")
    ];

    public int Order => 21;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        var existing = (await localIndustries.GetAllAsync(cancellationToken)).Select(l => l.Code).ToHashSet();
        var added = false;
        for (var i = 0; i < Catalogue.Count; i++)
        {
            var (code, name, system, group, source, fieldCode) = Catalogue[i];
            if (existing.Contains(code))
            {
                continue;
            }
            var local = new LocalIndustry(Guid.CreateVersion7(), code, name, system, IndustryFieldDataSeedContributor.SeedId(fieldCode));
            local.Describe(name, system, group, source, i + 1);
            await localIndustries.InsertAsync(local, cancellationToken: cancellationToken);
            added = true;
        }
        if (added)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }
}
