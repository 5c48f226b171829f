using Cultivation.Search;

namespace Cultivation.Benchmarks;

/// <summary>
/// Fictional, repeatable project profiles of award winners: Shanghai's key industries and districts, prize levels and
/// editions 2016–2025, financing stages and amount bands; names, headlines and summaries built from Chinese phrase lists.
/// </summary>
public static class SearchBenchmarkProfiles
{
    public static readonly (string Code, string Name, string[] Terms)[] Industries =
    [
        ("IntegratedCircuit", "集成电路", ["集成电路", "晶圆制造", "封装测试", "模拟芯片设计"]),
        ("Biomedicine", "生物医药", ["创新药", "抗体药物", "细胞治疗", "医疗器械"]),
        ("ArtificialIntelligence", "人工智能", ["人工智能", "机器视觉", "大模型", "智能语音"]),
        ("ElectronicInformation", "电子信息", ["工业软件", "物联网", "网络安全", "云计算"]),
        ("LifeHealth", "生命健康", ["数字医疗", "康复器械", "健康管理", "基因检测"]),
        ("Automotive", "汽车", ["新能源汽车", "动力电池", "智能驾驶", "汽车电子"]),
        ("HighEndEquipment", "高端装备", ["工业机器人", "精密仪器", "航空零部件", "数控机床"]),
        ("AdvancedMaterials", "先进材料", ["碳纤维", "高分子材料", "半导体材料", "石墨烯"]),
        ("FashionConsumer", "时尚消费品", ["国潮服饰", "美妆护肤", "智能家居", "文创设计"]),
    ];

    public static readonly (string Code, string Name)[] Districts =
    [
        ("Pudong", "浦东新区"), ("Huangpu", "黄浦区"), ("Jingan", "静安区"), ("Xuhui", "徐汇区"), ("Changning", "长宁区"),
        ("Putuo", "普陀区"), ("Hongkou", "虹口区"), ("Yangpu", "杨浦区"), ("Minhang", "闵行区"), ("Baoshan", "宝山区"),
        ("Jiading", "嘉定区"), ("Jinshan", "金山区"), ("Songjiang", "松江区"), ("Qingpu", "青浦区"), ("Fengxian", "奉贤区"), ("Chongming", "崇明区"),
    ];

    private static readonly (string Code, int Rank)[] Prizes = [("First", 40), ("Second", 30), ("Third", 20), ("Excellence", 10)];
    private static readonly string[] Stages = ["Angel", "PreA", "SeriesA", "SeriesB", "SeriesC", "PreIpo"];
    private static readonly string[] Bands = ["under10m", "10to50m", "50to100m", "over100m"];
    private static readonly string[] Titles = ["SpecialisedSme", "LittleGiant", "InnovativeSme", "HighTech", "Unicorn"];
    private static readonly string[] Chains = ["Innovation", "Industry", "Capital", "Talent"];
    private static readonly string[] Advancements = ["EnterpriseTop500", "EnterpriseTop50", "MakerTop100", "MakerTop10"];

    private static readonly string[] NameHeads = ["华", "申", "浦", "沪", "智", "云", "芯", "康", "启", "恒", "瑞", "联", "星", "远", "新", "博", "源", "图", "锐", "泰"];
    private static readonly string[] NameTails = ["创科技", "联智能", "远生物", "测仪器", "材新能", "算信息", "医健康", "途装备", "尚设计", "微电子", "谷数据", "擎动力"];
    private static readonly string[] HeadlineForms = ["面向{0}的{1}解决方案", "自主可控的{1}平台", "{0}领域领先的{1}", "以{1}赋能{0}升级", "新一代{1}研发与产业化"];
    private static readonly string[] Sectors = ["制造业", "医院", "金融机构", "城市治理", "物流园区", "零售门店", "能源企业", "高校科研"];
    private static readonly string[] Openings = ["公司成立于{0}年，", "团队深耕行业多年，", "项目源自高校科研成果转化，", "企业位于{1}，"];
    private static readonly string[] Middles =
    [
        "核心产品覆盖{0}与{1}，已服务超过{2}家客户。",
        "拥有发明专利{2}项，研发投入占营业收入比例持续提升。",
        "与多家龙头企业建立长期合作，产品进入{3}供应链。",
        "完成多轮融资，年营业收入保持快速增长。",
    ];
    private static readonly string[] Closings = ["未来三年计划拓展长三角市场。", "正在筹备新一轮融资并扩充研发团队。", "致力于打造行业标杆与国际品牌。", "积极参与标准制定与产学研合作。"];

    /// <summary>Profiles 0…count-1, the same for the same seed; about nine in ten are published.</summary>
    public static IEnumerable<ProfileDocument> Generate(int count, int seed = 15)
    {
        var random = new Random(seed);
        var origin = new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);
        for (var n = 0; n < count; n++)
        {
            var industry = Industries[random.Next(Industries.Length)];
            var second = random.Next(4) == 0 ? Industries[random.Next(Industries.Length)] : industry;
            var district = Districts[random.Next(Districts.Length)];
            var prize = Prizes[random.Next(Prizes.Length)];
            var edition = 2016 + random.Next(10);
            var term = industry.Terms[random.Next(industry.Terms.Length)];
            var otherTerm = second.Terms[random.Next(second.Terms.Length)];
            var sector = Sectors[random.Next(Sectors.Length)];
            var updated = origin.AddMinutes(-random.Next(60 * 24 * 365 * 3));
            var published = random.Next(10) != 0;
            yield return new ProfileDocument
            {
                Id = NextGuid(random),
                EnterpriseId = NextGuid(random),
                DistrictId = DistrictId(district.Code),
                IsPublished = published,
                Name = NameHeads[random.Next(NameHeads.Length)] + NameHeads[random.Next(NameHeads.Length)] + NameTails[random.Next(NameTails.Length)],
                Headline = string.Format(HeadlineForms[random.Next(HeadlineForms.Length)], sector, term),
                Summary = string.Format(Openings[random.Next(Openings.Length)], edition - 3 - random.Next(8), district.Name)
                          + string.Format(Middles[random.Next(Middles.Length)], term, otherTerm, 10 + random.Next(500), second.Name)
                          + Closings[random.Next(Closings.Length)],
                Industries = second.Code == industry.Code ? [industry.Code] : [industry.Code, second.Code],
                District = district.Code,
                PrizeLevel = prize.Code,
                Edition = edition,
                NationalAdvancement = random.Next(8) == 0 ? Advancements[random.Next(Advancements.Length)] : null,
                FinancingStage = Stages[random.Next(Stages.Length)],
                AmountBand = Bands[random.Next(Bands.Length)],
                Titles = random.Next(3) == 0 ? [Titles[random.Next(Titles.Length)]] : [],
                ChainTags = [Chains[random.Next(Chains.Length)]],
                AwardRank = prize.Rank,
                UpdatedAt = updated,
                PublishedAt = published ? updated : null,
            };
        }
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    public static Guid DistrictId(string code) => new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(code)));
}
