using Cultivation.Contests;

namespace Cultivation.Domain.Tests;

internal static class TestEditions
{
    /// <summary>An edition shaped like 2024's: 企业组 2/3/6/若干, 创客组 1/1/2, stages in August and September.</summary>
    public static ContestEdition Create(int year)
    {
        var edition = new ContestEdition(Guid.CreateVersion7(), year, $"{year}年大赛");
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
            new ContestStageSchedule(ContestStage.Preliminary, new DateOnly(year, 8, 1), new DateOnly(year, 8, 31)),
            new ContestStageSchedule(ContestStage.Semifinal, new DateOnly(year, 8, 1), new DateOnly(year, 8, 31)),
            new ContestStageSchedule(ContestStage.Final, new DateOnly(year, 9, 1), new DateOnly(year, 9, 30))
        ]);
        return edition;
    }
}
