using Cultivation.Contests;
using Cultivation.Exceptions;

namespace Cultivation.Domain.Tests.Contests;

public class ContestEdition_Tests
{
    private static ContestEdition Edition2024()
    {
        var edition = TestEditions.Create(2024);
        return edition;
    }

    [Fact]
    public void Should_know_which_prizes_each_track_offers()
    {
        var edition = Edition2024();
        edition.HasPrize(ContestTrack.Enterprise, PrizeLevel.Excellence).ShouldBeTrue();
        edition.QuotaOf(ContestTrack.Enterprise, PrizeLevel.Excellence).ShouldBeNull();
        edition.QuotaOf(ContestTrack.Enterprise, PrizeLevel.Third).ShouldBe(6);
        edition.HasPrize(ContestTrack.Maker, PrizeLevel.Excellence).ShouldBeFalse();
        edition.Tracks.ShouldBe([ContestTrack.Enterprise, ContestTrack.Maker]);
        edition.FinalDate.ShouldBe(new DateOnly(2024, 9, 30));
    }

    [Fact]
    public void Should_refuse_a_stage_that_ends_before_it_starts()
    {
        var error = Should.Throw<BusinessException>(() => Edition2024().SetStages(
            [new ContestStageSchedule(ContestStage.Final, new DateOnly(2024, 9, 30), new DateOnly(2024, 9, 1))]));
        error.Code.ShouldBe(CultivationDomainErrorCodes.StageEndsBeforeItStarts);
    }

    [Fact]
    public void Should_refuse_a_final_before_the_semi_final()
    {
        var error = Should.Throw<BusinessException>(() => Edition2024().SetStages(
        [
            new ContestStageSchedule(ContestStage.Semifinal, new DateOnly(2024, 8, 10), new DateOnly(2024, 8, 20)),
            new ContestStageSchedule(ContestStage.Final, new DateOnly(2024, 8, 1), new DateOnly(2024, 8, 5))
        ]));
        error.Code.ShouldBe(CultivationDomainErrorCodes.StageDatesOutOfOrder);
    }

    [Fact]
    public void Should_accept_stages_that_share_a_month()
    {
        var edition = Edition2024();
        edition.SetStages(
        [
            new ContestStageSchedule(ContestStage.Semifinal, new DateOnly(2024, 8, 1), new DateOnly(2024, 8, 31)),
            new ContestStageSchedule(ContestStage.Preliminary, new DateOnly(2024, 8, 1), new DateOnly(2024, 8, 31))
        ]);
        edition.Stages.Select(s => s.Stage).ShouldBe([ContestStage.Preliminary, ContestStage.Semifinal]);
    }

    [Fact]
    public void Should_refuse_duplicate_and_negative_quotas_and_an_edition_without_tracks()
    {
        var edition = Edition2024();
        Should.Throw<BusinessException>(() => edition.SetPrizeQuotas(
            [new PrizeQuota(ContestTrack.Maker, PrizeLevel.First, 1), new PrizeQuota(ContestTrack.Maker, PrizeLevel.First, 2)]))
            .Code.ShouldBe(CultivationDomainErrorCodes.DuplicatePrizeQuota);
        Should.Throw<BusinessException>(() => edition.SetPrizeQuotas([new PrizeQuota(ContestTrack.Maker, PrizeLevel.First, -1)]))
            .Code.ShouldBe(CultivationDomainErrorCodes.PrizeQuotaMustNotBeNegative);
        Should.Throw<BusinessException>(() => edition.SetPrizeQuotas([]))
            .Code.ShouldBe(CultivationDomainErrorCodes.EditionNeedsATrack);
    }
}
