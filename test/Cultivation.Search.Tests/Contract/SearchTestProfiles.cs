using Cultivation.Search;

namespace Cultivation.Search.Tests.Contract;

/// <summary>Well-known profiles the contract suite indexes; expectations are computed from them with LINQ, not typed in.</summary>
public static class SearchTestProfiles
{
    public static readonly Guid Pudong = new("0b5a6c1e-0000-4000-8000-000000000001");
    public static readonly Guid Xuhui = new("0b5a6c1e-0000-4000-8000-000000000002");
    public static readonly Guid Minhang = new("0b5a6c1e-0000-4000-8000-000000000003");

    public static readonly Guid MedicalImagingAi = Id(1);
    public static readonly Guid ChipDesign = Id(2);
    public static readonly Guid AiChip = Id(3);
    public static readonly Guid UnpublishedPudongAi = Id(4);
    public static readonly Guid UnpublishedXuhuiAi = Id(5);
    public static readonly Guid Biomedicine = Id(6);
    public static readonly Guid Robotics = Id(7);
    public static readonly Guid NewMaterials = Id(8);
    public static readonly Guid AiInName = Id(9);

    private static readonly DateTimeOffset T0 = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<ProfileDocument> All { get; } =
    [
        Profile(MedicalImagingAi, Pudong, "Pudong", "智影医疗科技", "人工智能辅助医学影像诊断平台",
            "公司以深度学习算法为核心，为三甲医院提供肺结节和乳腺影像的辅助诊断服务。",
            ["ArtificialIntelligence", "Biomedicine"], "First", 2023, rank: 40, publishedDays: 10,
            nameEn: "Zhiying Medical", stage: "SeriesA", band: "10to50m", titles: ["SpecialisedSme"], chains: ["Innovation"]),
        Profile(ChipDesign, Xuhui, "Xuhui", "芯原微电子", "高性能集成电路设计与验证",
            "专注于车规级模拟与数模混合集成电路设计，产品已进入多家整车厂供应链。",
            ["IntegratedCircuit"], "Second", 2022, rank: 30, publishedDays: 30,
            stage: "SeriesB", band: "50to100m", titles: ["LittleGiant", "SpecialisedSme"], chains: ["Industry", "Supply"], national: "EnterpriseTop500"),
        Profile(AiChip, Pudong, "Pudong", "算力芯动", "面向人工智能推理的集成电路",
            "自研神经网络处理器架构，能效比领先，服务边缘计算与智能安防客户。",
            ["ArtificialIntelligence", "IntegratedCircuit"], "First", 2024, rank: 40, publishedDays: 2,
            stage: "SeriesA", band: "10to50m", titles: ["LittleGiant"], chains: ["Innovation", "Industry"]),
        Profile(UnpublishedPudongAi, Pudong, "Pudong", "未公开智能", "人工智能客服机器人",
            "尚在整理材料的人工智能项目，面向银行和保险客户。",
            ["ArtificialIntelligence"], "Third", 2021, rank: 20, publishedDays: null,
            stage: "Angel", band: "under10m"),
        Profile(UnpublishedXuhuiAi, Xuhui, "Xuhui", "徐汇待发布", "人工智能教育测评",
            "利用人工智能为中小学提供个性化学习测评。",
            ["ArtificialIntelligence"], "Excellence", 2020, rank: 10, publishedDays: null,
            stage: "Angel", band: "under10m"),
        Profile(Biomedicine, Xuhui, "Xuhui", "康源生物", "创新抗体药物研发",
            "聚焦肿瘤免疫治疗的双特异性抗体，两款产品进入临床二期。",
            ["Biomedicine"], "First", 2019, rank: 40, publishedDays: 60,
            stage: "SeriesC", band: "over100m", titles: ["Unicorn"], chains: ["Capital"], national: "EnterpriseTop50"),
        Profile(Robotics, Minhang, "Minhang", "闵行机器人", "协作机器人与柔性产线",
            "为汽车和电子信息工厂提供协作机器人整体解决方案。",
            ["HighEndEquipment", "Automotive"], "Second", 2023, rank: 30, publishedDays: 5,
            nameEn: "Minhang Collaborative Robotics", headlineEn: "Collaborative robots for flexible lines",
            stage: "SeriesA", band: "10to50m", chains: ["Industry"]),
        Profile(NewMaterials, Minhang, "Minhang", "先材新能", "高性能碳纤维复合材料",
            "面向航空航天与新能源汽车的轻量化复合材料供应商。",
            ["AdvancedMaterials"], null, null, rank: 0, publishedDays: 20,
            stage: "SeriesB", band: "50to100m"),
        Profile(AiInName, Xuhui, "Xuhui", "人工智能研究院孵化项目", "面向制造业的视觉质检",
            "以工业相机与算法提升质检效率，已服务二十余家工厂。",
            ["ElectronicInformation"], "Third", 2025, rank: 20, publishedDays: 1,
            stage: "Angel", band: "under10m", titles: ["InnovativeSme"]),
    ];

    public static ProfileDocument Get(Guid id) => All.Single(p => p.Id == id);

    private static Guid Id(int n) => new($"5e7c4a2b-0000-4000-8000-{n:D12}");

    private static ProfileDocument Profile(Guid id, Guid districtId, string district, string name, string headline, string summary,
        IReadOnlyList<string> industries, string? prize, int? edition, int rank, int? publishedDays,
        string? nameEn = null, string? headlineEn = null, string? stage = null, string? band = null,
        IReadOnlyList<string>? titles = null, IReadOnlyList<string>? chains = null, string? national = null) => new()
        {
            Id = id,
            EnterpriseId = new Guid(id.ToString()[..^12] + "ee" + id.ToString()[^10..]),
            DistrictId = districtId,
            IsPublished = publishedDays is not null,
            Name = name,
            NameEn = nameEn,
            Headline = headline,
            HeadlineEn = headlineEn,
            Summary = summary,
            Product = null,
            Market = null,
            Team = null,
            Industries = industries,
            District = district,
            PrizeLevel = prize,
            Edition = edition,
            NationalAdvancement = national,
            FinancingStage = stage,
            AmountBand = band,
            Titles = titles ?? [],
            ChainTags = chains ?? [],
            AwardRank = rank,
            UpdatedAt = T0.AddDays(-(publishedDays ?? 3)),
            PublishedAt = publishedDays is null ? null : T0.AddDays(-publishedDays.Value),
        };

    public static async IAsyncEnumerable<ProfileDocument> Stream(IEnumerable<ProfileDocument> profiles)
    {
        foreach (var profile in profiles)
        {
            await Task.Yield();
            yield return profile;
        }
    }
}
