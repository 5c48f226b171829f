using Cultivation.Data;
using Cultivation.Repositories;

namespace Cultivation.Contests;

/// <summary>
/// The 2024 Shanghai edition as the notice 沪经信企〔2024〕569号 sets it out (reference/contest-2024-facts.md).
/// The notice gives months, not days, for the stages: each stage spans its month.
/// </summary>
public sealed class ContestDataSeedContributor(IContestEditionRepository editions, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public static readonly Guid Edition2024Id = Guid.Parse("00000000-0000-7000-8000-000000002024");

    public int Order => 30;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (await editions.FindByYearAsync(2024, cancellationToken) is not null)
        {
            return;
        }
        var edition = new ContestEdition(Edition2024Id, 2024, "2024年\"创客中国\"上海市中小企业创新创业大赛");
        edition.DescribeOrganisation(
            "第九届\"创客中国\"中小企业创新创业大赛",
            9,
            "沪经信企〔2024〕569号",
            ["上海市经济和信息化委员会", "上海市总工会", "上海市妇女联合会"],
            ["上海市促进中小企业发展协调办公室", "上海市中小企业发展服务中心", "上海市投资促进服务中心",
             "上海市漕河泾新兴技术开发区发展总公司", "上海市张江科学城科技创新服务中心"]);
        edition.SetPrizeQuotas(
        [
            new PrizeQuota(ContestTrack.Enterprise, PrizeLevel.First, 2),
            new PrizeQuota(ContestTrack.Enterprise, PrizeLevel.Second, 3),
            new PrizeQuota(ContestTrack.Enterprise, PrizeLevel.Third, 6),
            new PrizeQuota(ContestTrack.Enterprise, PrizeLevel.Excellence, null),
            new PrizeQuota(ContestTrack.Maker, PrizeLevel.First, 1),
            new PrizeQuota(ContestTrack.Maker, PrizeLevel.Second, 1),
            new PrizeQuota(ContestTrack.Maker, PrizeLevel.Third, 2)
        ]);
        edition.SetStages(
        [
            new ContestStageSchedule(ContestStage.Preliminary, new DateOnly(2024, 8, 1), new DateOnly(2024, 8, 31)),
            new ContestStageSchedule(ContestStage.Semifinal, new DateOnly(2024, 8, 1), new DateOnly(2024, 8, 31)),
            new ContestStageSchedule(ContestStage.Final, new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 30))
        ]);
        await editions.InsertAsync(edition, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
