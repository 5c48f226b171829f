using Cultivation.Contests;
using Cultivation.Exceptions;

namespace Cultivation.Application.Tests.Contests;

public abstract class ContestEditionAppService_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private Task<T> AsAdmin<T>(Func<IContestEditionAppService, Task<T>> call) => fixture.CallAsync(TestPrincipals.Admin, call);

    private static CreateUpdateContestEditionDto Edition(int year) => new()
    {
        Year = year,
        Name = $"{year}年\"创客中国\"上海市中小企业创新创业大赛",
        NationalEditionNumber = year - 2015,
        Organisers = ["上海市经济和信息化委员会"],
        Tracks =
        [
            new ContestTrackDto { Track = ContestTrack.Enterprise, PrizeQuotas = [new PrizeQuotaDto { Level = PrizeLevel.First, Quota = 2 }, new PrizeQuotaDto { Level = PrizeLevel.Excellence }] },
            new ContestTrackDto { Track = ContestTrack.Maker, PrizeQuotas = [new PrizeQuotaDto { Level = PrizeLevel.First, Quota = 1 }] }
        ],
        Stages =
        [
            new ContestStageDto { Stage = ContestStage.Preliminary, StartDate = new DateOnly(year, 7, 1), EndDate = new DateOnly(year, 7, 31) },
            new ContestStageDto { Stage = ContestStage.Final, StartDate = new DateOnly(year, 9, 10), EndDate = new DateOnly(year, 9, 12) }
        ]
    };

    [Fact]
    public async Task Should_have_the_2024_edition_from_the_notice()
    {
        var edition = await AsAdmin(s => s.GetAsync(TestData.Edition2024Id));
        edition.NoticeNumber.ShouldBe("沪经信企〔2024〕569号");
        edition.NationalEditionNumber.ShouldBe(9);
        edition.Organisers.ShouldBe(["上海市经济和信息化委员会", "上海市总工会", "上海市妇女联合会"]);
        edition.Operators.Count.ShouldBe(5);
        var enterprise = edition.Tracks.Single(t => t.Track == ContestTrack.Enterprise).PrizeQuotas;
        enterprise.Select(q => (q.Level, q.Quota)).ShouldBe([(PrizeLevel.First, 2), (PrizeLevel.Second, 3), (PrizeLevel.Third, 6), (PrizeLevel.Excellence, (int?)null)]);
        edition.Tracks.Single(t => t.Track == ContestTrack.Maker).PrizeQuotas.Select(q => q.Quota).ShouldBe([1, 1, 2]);
        edition.Stages.Select(s => s.Stage).ShouldBe([ContestStage.Preliminary, ContestStage.Semifinal, ContestStage.Final]);
    }

    [Fact]
    public async Task Should_create_and_update_an_edition_and_refuse_a_second_one_for_the_year()
    {
        var created = await AsAdmin(s => s.CreateAsync(Edition(2025)));
        created.Tracks.Count.ShouldBe(2);

        (await Should.ThrowAsync<BusinessException>(() => AsAdmin(s => s.CreateAsync(Edition(2025))))).Code.ShouldBe(CultivationDomainErrorCodes.EditionYearAlreadyExists);

        var update = Edition(2025);
        update.Name = "2025年大赛（修订）";
        update.ConcurrencyStamp = created.ConcurrencyStamp;
        update.Tracks[1].PrizeQuotas.Add(new PrizeQuotaDto { Level = PrizeLevel.Second, Quota = 1 });
        var updated = await AsAdmin(s => s.UpdateAsync(created.Id, update));
        updated.Name.ShouldBe("2025年大赛（修订）");
        updated.Tracks.Single(t => t.Track == ContestTrack.Maker).PrizeQuotas.Count.ShouldBe(2);

        // Quotas live inside the edition: changing only them still renews the stamp and is checked.
        update.Name = created.Name;
        await Should.ThrowAsync<ConcurrencyConflictException>(() => AsAdmin(s => s.UpdateAsync(created.Id, update)));
    }

    [Fact]
    public async Task Should_refuse_dropping_a_prize_that_awards_use_or_deleting_an_edition_with_awards()
    {
        var edition = await AsAdmin(s => s.GetAsync(TestData.Edition2024Id));
        var input = new CreateUpdateContestEditionDto
        {
            Year = 2024, Name = edition.Name, Tracks = [edition.Tracks.Single(t => t.Track == ContestTrack.Enterprise)],
            Stages = edition.Stages, ConcurrencyStamp = edition.ConcurrencyStamp
        };
        (await Should.ThrowAsync<BusinessException>(() => AsAdmin(s => s.UpdateAsync(edition.Id, input)))).Code.ShouldBe(CultivationDomainErrorCodes.TrackStillHasAwards);
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IContestEditionAppService>(TestPrincipals.Admin, s => s.DeleteAsync(edition.Id))))
            .Code.ShouldBe(CultivationDomainErrorCodes.EditionHasAwards);
    }

    [Fact]
    public async Task Should_delete_an_edition_without_awards()
    {
        var created = await AsAdmin(s => s.CreateAsync(Edition(2030)));
        await fixture.CallAsync<IContestEditionAppService>(TestPrincipals.Admin, s => s.DeleteAsync(created.Id));
        (await AsAdmin(s => s.GetListAsync())).Items.ShouldNotContain(e => e.Year == 2030);
    }
}

public sealed class ContestEditionAppService_Sqlite_Tests(SqliteFixture fixture) : ContestEditionAppService_Tests<SqliteFixture>(fixture);

public sealed class ContestEditionAppService_MariaDb_Tests(MariaDbFixture fixture) : ContestEditionAppService_Tests<MariaDbFixture>(fixture);
