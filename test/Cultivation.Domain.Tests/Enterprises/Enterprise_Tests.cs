using Cultivation.Contests;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.Exceptions;

namespace Cultivation.Domain.Tests.Enterprises;

public class Enterprise_Tests
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private readonly ContestEdition _edition = TestEditions.Create(2024);

    private static Enterprise Company() =>
        new(Guid.CreateVersion7(), EnterpriseKind.Company, "上海测试科技有限公司", CreditCode.Parse("91310000MA1K000006"), ShanghaiDistricts.Pudong.Id);

    private static Enterprise MakerTeam() =>
        new(Guid.CreateVersion7(), EnterpriseKind.MakerTeam, "测试创客团队", null, ShanghaiDistricts.Pudong.Id);

    [Fact]
    public void Should_require_a_credit_code_for_a_company_but_not_for_a_maker_team()
    {
        Should.Throw<BusinessException>(() => new Enterprise(Guid.CreateVersion7(), EnterpriseKind.Company, "无代码公司", null, ShanghaiDistricts.Pudong.Id))
            .Code.ShouldBe(CultivationDomainErrorCodes.CompanyNeedsCreditCode);
        MakerTeam().CreditCode.ShouldBeNull();
    }

    [Fact]
    public void Should_keep_a_maker_teams_awards_when_it_incorporates()
    {
        var team = MakerTeam();
        var award = team.RecordAward(_edition, new AwardDetails(ContestTrack.Maker, ContestStage.Final, PrizeLevel.First, "项目"));

        team.Incorporate(CreditCode.Parse("91350100M000100Y43"), new DateOnly(2025, 3, 1), Today);

        team.Kind.ShouldBe(EnterpriseKind.Company);
        team.CreditCode.ShouldBe("91350100M000100Y43");
        team.FoundedOn.ShouldBe(new DateOnly(2025, 3, 1));
        team.Awards.ShouldHaveSingleItem().Id.ShouldBe(award.Id);
        Should.Throw<BusinessException>(() => team.Incorporate(CreditCode.Parse("91310000MA1K000006"), Today, Today))
            .Code.ShouldBe(CultivationDomainErrorCodes.AlreadyIncorporated);
    }

    [Fact]
    public void Should_refuse_a_prize_level_the_track_does_not_offer()
    {
        var error = Should.Throw<BusinessException>(() => MakerTeam().RecordAward(_edition,
            new AwardDetails(ContestTrack.Maker, ContestStage.Final, PrizeLevel.Excellence, "项目")));
        error.Code.ShouldBe(CultivationDomainErrorCodes.PrizeLevelNotInTrack);
        error.Field.ShouldBe("prizeLevel");
    }

    [Theory]
    [InlineData(ContestStage.Semifinal, PrizeLevel.Third, null, CultivationDomainErrorCodes.PrizeNeedsFinal)]
    [InlineData(ContestStage.Final, PrizeLevel.First, NationalAdvancement.MakerTop100, CultivationDomainErrorCodes.AdvancementNotInTrack)]
    [InlineData(ContestStage.Semifinal, null, NationalAdvancement.EnterpriseTop500, CultivationDomainErrorCodes.AdvancementNeedsFinal)]
    public void Should_keep_awards_consistent_with_the_contest_rules(ContestStage stage, PrizeLevel? prize, NationalAdvancement? advancement, string code)
    {
        Should.Throw<BusinessException>(() => Company().RecordAward(_edition,
            new AwardDetails(ContestTrack.Enterprise, stage, prize, "项目", null, advancement, 2024))).Code.ShouldBe(code);
    }

    [Fact]
    public void Should_need_the_year_of_a_national_advancement_and_a_top_list_for_a_national_prize()
    {
        var company = Company();
        Should.Throw<BusinessException>(() => company.RecordAward(_edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Final,
            PrizeLevel.First, "项目", null, NationalAdvancement.EnterpriseTop500))).Code.ShouldBe(CultivationDomainErrorCodes.AdvancementYearRequired);
        Should.Throw<BusinessException>(() => company.RecordAward(_edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Final,
            PrizeLevel.First, "项目", null, NationalAdvancement.EnterpriseTop500, 2023))).Code.ShouldBe(CultivationDomainErrorCodes.AdvancementYearBeforeEdition);
        Should.Throw<BusinessException>(() => company.RecordAward(_edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Final,
            PrizeLevel.First, "项目", null, NationalAdvancement.EnterpriseTop500, 2024, PrizeLevel.First))).Code.ShouldBe(CultivationDomainErrorCodes.NationalPrizeNeedsTopList);

        var award = company.RecordAward(_edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Final,
            PrizeLevel.First, "项目", null, NationalAdvancement.EnterpriseTop50, 2025, PrizeLevel.Second));
        award.NationalPrize.ShouldBe(PrizeLevel.Second);
    }

    [Fact]
    public void Should_record_one_award_per_edition()
    {
        var company = Company();
        company.RecordAward(_edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Semifinal, null, "项目"));
        Should.Throw<BusinessException>(() => company.RecordAward(_edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Final, PrizeLevel.Third, "项目")))
            .Code.ShouldBe(CultivationDomainErrorCodes.AwardAlreadyRecorded);
        company.RecordAward(TestEditions.Create(2025), new AwardDetails(ContestTrack.Enterprise, ContestStage.Final, PrizeLevel.Third, "项目"));
        company.LatestAward!.EditionYear.ShouldBe(2025);
    }

    [Fact]
    public void Should_move_everything_it_owns_to_the_new_district()
    {
        var company = Company();
        company.AddContact(new ContactDetails("张三", null, "13800000000", null, true));
        company.RecordAward(_edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Final, PrizeLevel.Third, "项目"));
        company.RecordFigures(2024, new FiguresValues(OperatingRevenue: 1m), 2025);

        company.MoveToDistrict(ShanghaiDistricts.Xuhui.Id);

        company.Contacts.Concat<Cultivation.Entities.IDistrictScoped>(company.Awards).Concat(company.Figures)
            .ShouldAllBe(x => x.DistrictId == ShanghaiDistricts.Xuhui.Id);
    }

    [Fact]
    public void Should_keep_one_primary_contact()
    {
        var company = Company();
        var first = company.AddContact(new ContactDetails("甲", null, null, null, true));
        var second = company.AddContact(new ContactDetails("乙", null, null, null, true));
        first.IsPrimary.ShouldBeFalse();
        second.IsPrimary.ShouldBeTrue();
    }

    [Fact]
    public void Should_refuse_a_founding_date_in_the_future()
    {
        Should.Throw<BusinessException>(() => Company().UpdateProfile(
            new EnterpriseProfile("名称", null, Today.AddDays(1), null, null, null, null, Gender.Unknown), Today))
            .Code.ShouldBe(CultivationDomainErrorCodes.FoundedInTheFuture);
    }
}
