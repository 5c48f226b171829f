using Cultivation.Auditing;
using Cultivation.Contests;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.IndustryFields;
using Cultivation.Repositories;
using Microsoft.Extensions.Logging;

namespace Cultivation.Data.Demo;

/// <summary>
/// A clearly fictional data set for demos and the embedded profile: enterprises in every district whose
/// names end in （演示）, awards in the 2024 edition within its quotas, and figures for 2022–2024.
/// It seeds only into a database without enterprises, so a second run changes nothing.
/// </summary>
public sealed class DemoDataSeedContributor(
    IEnterpriseRepository enterprises,
    IContestEditionRepository editions,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    IAuditingManager auditing,
    ILogger<DemoDataSeedContributor> logger) : IDataSeedContributor
{
    public const int DefaultEnterpriseCount = 320;
    public const string NameMarker = "（演示）";
    private const int ChunkSize = 2000;

    public int Order => 100;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (!context.IncludeDemoData || await executer.AnyAsync(await enterprises.GetQueryableAsync(), cancellationToken))
        {
            return;
        }
        var edition = await editions.GetAsync(ContestDataSeedContributor.Edition2024Id, cancellationToken: cancellationToken);
        var count = context.DemoEnterpriseCount ?? DefaultEnterpriseCount;
        using var _ = auditing.Suppress();
        foreach (var chunk in new DemoEnterpriseGenerator([edition], seed: 2024).Generate(count).Chunk(ChunkSize))
        {
            await enterprises.InsertManyAsync(chunk, cancellationToken: cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            unitOfWork.ClearLoadedEntities();
        }
        logger.LogInformation("Seeded {Count} fictional demo enterprises.", count);
    }
}

/// <summary>
/// Deterministic fictional enterprises (same seed, same data), shared by the demo seed and the benchmark.
/// Entrants are spread over the given editions and all districts; each edition's fixed quotas are awarded
/// once, and 若干 (no fixed number) goes to about one entrant in eight of the track.
/// </summary>
public sealed class DemoEnterpriseGenerator(IReadOnlyList<ContestEdition> editions, int seed)
{
    private const double SeveralShare = 0.12;

    private static readonly string[] Brands =
    [
        "云帆", "星河", "智源", "海纳", "启明", "卓越", "天工", "青禾", "磐石", "远航", "灵犀", "鲲鹏", "晨曦", "铭德", "嘉禾",
        "璞玉", "飞鸿", "博源", "聚能", "澄明", "弘毅", "知行", "睿思", "砺锋", "新程", "微光", "极光", "瀚海", "同舟", "万象"
    ];
    private static readonly (string Code, string Business)[] Fields =
    [
        ("01", "智能科技"), ("01", "信息技术"), ("02", "智能装备"), ("03", "新材料科技"), ("04", "生物医药"),
        ("05", "新能源汽车科技"), ("06", "能源科技"), ("07", "环保科技"), ("08", "数字创意"), ("09", "科技服务")
    ];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "杰", "婷", "涛", "明", "超", "霞", "晨", "宇"];

    private readonly Random _random = new(seed);

    public IEnumerable<Enterprise> Generate(int count)
    {
        var plans = editions.ToDictionary(e => e.Id, e => new PrizePlan(e, count / editions.Count + 1));
        for (var i = 0; i < count; i++)
        {
            var edition = editions[i % editions.Count];
            // Shifted by one every round of districts, so prizes (handed out at even intervals) reach every district.
            var district = ShanghaiDistricts.All[(i + i / ShanghaiDistricts.All.Count) % ShanghaiDistricts.All.Count];
            var isMaker = i % 8 == 7;
            var field = Fields[_random.Next(Fields.Length)];
            var name = isMaker
                ? $"{Pick(Brands)}{field.Business}创客团队{i + 1}{DemoDataSeedContributor.NameMarker}"
                : $"上海{Pick(Brands)}{field.Business}有限公司{i + 1}{DemoDataSeedContributor.NameMarker}";
            var enterprise = new Enterprise(
                Guid.CreateVersion7(),
                isMaker ? EnterpriseKind.MakerTeam : EnterpriseKind.Company,
                name,
                isMaker ? null : CreditCode.Parse(FictionalCreditCode(district.Code, i)),
                district.Id);
            var founded = new DateOnly(2012 + _random.Next(12), 1 + _random.Next(12), 1 + _random.Next(28));
            var leadGender = _random.Next(3) == 0 ? Gender.Female : Gender.Male;
            enterprise.UpdateProfile(new EnterpriseProfile(
                name,
                IndustryFieldDataSeedContributor.SeedId(field.Code),
                isMaker ? null : founded,
                isMaker ? null : 1_000_000m * (1 + _random.Next(50)),
                $"上海市{district.Name}示例路{1 + _random.Next(999)}号",
                null,
                PersonName(),
                leadGender), new DateOnly(2024, 12, 31));
            enterprise.AddContact(new ContactDetails(PersonName(), isMaker ? "团队负责人" : "总经理",
                $"138{_random.Next(10_000_000, 99_999_999)}", $"contact{i + 1}@demo.example", true));

            var track = isMaker ? ContestTrack.Maker : ContestTrack.Enterprise;
            var prize = plans[edition.Id].Next(track);
            enterprise.RecordAward(edition, AwardFor(edition, track, prize, field.Business, i));
            if (!isMaker)
            {
                AddFigures(enterprise);
            }
            yield return enterprise;
        }
    }

    private AwardDetails AwardFor(ContestEdition edition, ContestTrack track, PrizeLevel? prize, string business, int index)
    {
        var stage = prize is not null ? ContestStage.Final : (ContestStage)(1 + _random.Next(3));
        NationalAdvancement? advancement = null;
        if (prize is PrizeLevel.First or PrizeLevel.Second || (prize is not null && _random.Next(3) == 0))
        {
            advancement = track == ContestTrack.Enterprise
                ? prize == PrizeLevel.First ? NationalAdvancement.EnterpriseTop50 : NationalAdvancement.EnterpriseTop500
                : prize == PrizeLevel.First ? NationalAdvancement.MakerTop10 : NationalAdvancement.MakerTop100;
        }
        return new AwardDetails(
            track, stage, prize, $"{Pick(Brands)}{business}项目{index + 1}",
            null, advancement, advancement is null ? null : edition.Year);
    }

    private void AddFigures(Enterprise enterprise)
    {
        var revenue = 2_000_000m + _random.Next(0, 200) * 500_000m;
        var employees = 10 + _random.Next(300);
        for (var year = 2022; year <= 2024; year++)
        {
            revenue = Math.Round(revenue * (0.9m + (decimal)_random.NextDouble() * 0.5m), 2);
            var rdStaff = employees / (2 + _random.Next(8));
            var assets = Math.Round(revenue * (0.8m + (decimal)_random.NextDouble()), 2);
            enterprise.RecordFigures(year, new FiguresValues(
                OperatingRevenue: revenue,
                MainBusinessRevenue: Math.Round(revenue * (0.6m + (decimal)_random.NextDouble() * 0.4m), 2),
                RdExpense: Math.Round(revenue * (0.01m + (decimal)_random.NextDouble() * 0.15m), 2),
                RdStaff: rdStaff,
                Employees: employees,
                TotalAssets: assets,
                TotalLiabilities: Math.Round(assets * (decimal)_random.NextDouble() * 0.9m, 2),
                NetProfit: Math.Round(revenue * (-0.05m + (decimal)_random.NextDouble() * 0.2m), 2),
                EquityFinancingRaised: _random.Next(4) == 0 ? 1_000_000m * _random.Next(1, 80) : 0m,
                IpClassI: _random.Next(6),
                IpClassIHighValue: 0,
                IpClassII: _random.Next(20),
                NicheMarketYears: year - 2020 + _random.Next(3)), currentYear: 2024);
            employees += _random.Next(-5, 30);
            employees = Math.Max(employees, rdStaff);
        }
    }

    /// <summary>A well-formed code whose organisation part numbers the enterprise, so codes never collide.</summary>
    private static string FictionalCreditCode(string districtCode, int index)
    {
        Span<char> org = stackalloc char[8];
        org[0] = 'M';
        org[1] = 'A';
        for (int k = 7, n = index; k >= 2; k--, n /= CreditCodeRules.Alphabet.Length)
        {
            org[k] = CreditCodeRules.Alphabet[n % CreditCodeRules.Alphabet.Length];
        }
        var first17 = $"91{districtCode}{org}{CreditCodeRules.ComputeOrganisationCheckCharacter(org)}";
        return first17 + CreditCodeRules.ComputeCheckCharacter(first17);
    }

    private string PersonName() => Pick(Surnames) + Pick(GivenNames) + (_random.Next(2) == 0 ? Pick(GivenNames) : string.Empty);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>One edition's prizes, handed to entrants of a track at even intervals until they run out.</summary>
    private sealed class PrizePlan
    {
        private readonly Dictionary<ContestTrack, Queue<PrizeLevel>> _prizes = [];
        private readonly Dictionary<ContestTrack, int> _interval = [];
        private readonly Dictionary<ContestTrack, int> _seen = [];

        public PrizePlan(ContestEdition edition, int entrants)
        {
            foreach (var track in edition.Tracks)
            {
                var trackEntrants = track == ContestTrack.Maker ? entrants / 8 : entrants - entrants / 8;
                var prizes = edition.PrizeQuotas.Where(q => q.Track == track)
                    .SelectMany(q => Enumerable.Repeat(q.Level, q.Quota ?? (int)(trackEntrants * SeveralShare)))
                    .ToList();
                _prizes[track] = new Queue<PrizeLevel>(prizes);
                _interval[track] = Math.Max(1, trackEntrants / Math.Max(1, prizes.Count));
            }
        }

        public PrizeLevel? Next(ContestTrack track)
        {
            var seen = _seen[track] = _seen.GetValueOrDefault(track) + 1;
            return _prizes.TryGetValue(track, out var queue) && queue.Count > 0 && seen % _interval[track] == 1 % _interval[track]
                ? queue.Dequeue()
                : null;
        }
    }
}
