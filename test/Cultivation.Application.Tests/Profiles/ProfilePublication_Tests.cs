using System.Security.Claims;
using Cultivation.Enterprises;
using Cultivation.EntityFrameworkCore;
using Cultivation.Exceptions;
using Cultivation.Matchmaking;
using Cultivation.Notifications;
using Cultivation.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Application.Tests.Profiles;

/// <summary>Consent gates publication; investors read published profiles only, without people or exact figures; interest reaches the officer.</summary>
public abstract class ProfilePublication_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private static SaveProjectProfileDto Content(string headline = "基于深度学习的工业视觉质检平台") => new()
    {
        Headline = headline, Summary = "面向3C电子与汽车零部件产线的人工智能缺陷检测，已在12家工厂部署。",
        ProductAndTechnology = "自研小样本缺陷检测算法", Team = "创始人为视觉算法博士，核心团队来自头部半导体设备企业",
        FinancingStage = FinancingStage.SeriesA, FinancingAmountMin = 20_000_000m, FinancingAmountMax = 30_000_000m,
        ChainTags = ["集成电路", "智能制造", "集成电路"]
    };

    private static RecordConsentDto Consent(string stamp, bool profile = true, bool exact = false, bool contact = true) => new()
    {
        ConsentedBy = "张伟 总经理", ConsentedOn = new DateOnly(2025, 6, 1), Profile = profile, ExactFigures = exact,
        ContactThroughOfficer = contact, Note = "签署《项目档案公开授权书》", ConcurrencyStamp = stamp
    };

    private Task<T> Officer<T>(Func<IProjectProfileAppService, Task<T>> call) => fixture.CallAsync(TestPrincipals.PudongOfficer, call);

    private Task<T> Published<T>(ClaimsPrincipal user, Func<IPublishedProfileAppService, Task<T>> call) => fixture.CallAsync(user, call);

    private async Task<ProjectProfileDto> PublishedProfileAsync(Guid enterpriseId, bool exact = false, bool contact = true)
    {
        var draft = await Officer(s => s.SaveAsync(enterpriseId, Content()));
        var consented = await Officer(s => s.RecordConsentAsync(draft.Id, Consent(draft.ConcurrencyStamp, exact: exact, contact: contact)));
        return await Officer(s => s.PublishAsync(consented.Id, new ChangeProfileStatusDto { ConcurrencyStamp = consented.ConcurrencyStamp }));
    }

    private async Task<Guid> NewPudongCompanyAsync(string suffix)
    {
        var e = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company, Name = "档案测试公司" + suffix, CreditCode = $"91310115MA3P0{suffix.PadLeft(4, '0')}0".FixCheck(),
            DistrictId = TestData.PudongId
        }));
        return e.Id;
    }

    [Fact]
    public async Task Should_publish_only_with_consent_and_keep_the_chain_tags_distinct()
    {
        var enterpriseId = await NewPudongCompanyAsync("1");
        var draft = await Officer(s => s.SaveAsync(enterpriseId, Content()));
        draft.Status.ShouldBe(ProfileStatus.Draft);
        draft.ChainTags.ShouldBe(["集成电路", "智能制造"]);
        draft.FinancingAmountBand.ShouldBe(FinancingAmountBand.From10MTo50M);

        (await Should.ThrowAsync<BusinessException>(() => Officer(s => s.PublishAsync(draft.Id, new ChangeProfileStatusDto { ConcurrencyStamp = draft.ConcurrencyStamp }))))
            .Code.ShouldBe(CultivationDomainErrorCodes.ProfileNeedsConsent);
        var onlyContact = await Officer(s => s.RecordConsentAsync(draft.Id, Consent(draft.ConcurrencyStamp, profile: false)));
        (await Should.ThrowAsync<BusinessException>(() => Officer(s => s.PublishAsync(draft.Id, new ChangeProfileStatusDto { ConcurrencyStamp = onlyContact.ConcurrencyStamp }))))
            .Code.ShouldBe(CultivationDomainErrorCodes.ProfileNeedsConsent);

        var consented = await Officer(s => s.RecordConsentAsync(draft.Id, Consent(onlyContact.ConcurrencyStamp)));
        var published = await Officer(s => s.PublishAsync(draft.Id, new ChangeProfileStatusDto { ConcurrencyStamp = consented.ConcurrencyStamp }));
        published.Status.ShouldBe(ProfileStatus.Published);
        published.PublishedTime.ShouldNotBeNull();
        published.Consent!.ConsentedBy.ShouldBe("张伟 总经理");
    }

    [Fact]
    public async Task Should_show_investors_bands_without_people_and_exact_figures_only_with_consent()
    {
        var profile = await PublishedProfileAsync(fixture.Ids.PudongCompany);
        var read = await Published(TestPrincipals.Investor, s => s.GetAsync(profile.Id));
        read.EnterpriseName.ShouldBe("上海测试智能科技有限公司");
        read.Awards.ShouldContain(a => a.EditionYear == 2024 && a.NationalAdvancement == Cultivation.Contests.NationalAdvancement.EnterpriseTop500);
        read.FiguresYear.ShouldBe(2024);
        read.RevenueBand.ShouldBe(RevenueBand.From20MTo50M);     // 2,600万
        read.GrowthBand.ShouldBe(GrowthBand.Fast);               // 2,000万 → 2,600万 = 30 %, the boundary takes the higher band
        read.OperatingRevenue.ShouldBeNull();
        read.RevenueGrowth.ShouldBeNull();
        read.AcceptsIntroductions.ShouldBeTrue();
        typeof(PublishedProfileDto).GetProperties().Select(p => p.Name)
            .ShouldNotContain(n => n.Contains("Contact") || n.Contains("Lead") || n.Contains("Phone") || n.Contains("Email") || n.Contains("Consent"));

        var exact = await Officer(s => s.RecordConsentAsync(profile.Id, Consent(profile.ConcurrencyStamp, exact: true)));
        var readExact = await Published(TestPrincipals.Investor, s => s.GetAsync(exact.Id));
        readExact.OperatingRevenue.ShouldBe(26_000_000m);
        readExact.RevenueGrowth.ShouldBe(0.3m);
    }

    [Fact]
    public async Task Should_hide_a_withdrawn_profile_and_drafts_from_investors_and_other_districts()
    {
        var profile = await PublishedProfileAsync(await NewPudongCompanyAsync("2"));
        (await Published(TestPrincipals.XuhuiOfficer, s => s.GetAsync(profile.Id))).IsPublished.ShouldBeTrue();

        var withdrawn = await Officer(s => s.WithdrawConsentAsync(profile.Id, new ChangeProfileStatusDto { ConcurrencyStamp = profile.ConcurrencyStamp }));
        withdrawn.Status.ShouldBe(ProfileStatus.Withdrawn);
        withdrawn.Consent.ShouldBeNull();
        await Should.ThrowAsync<EntityNotFoundException>(() => Published(TestPrincipals.Investor, s => s.GetAsync(profile.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => Published(TestPrincipals.XuhuiOfficer, s => s.GetAsync(profile.Id)));
        (await Published(TestPrincipals.PudongOfficer, s => s.GetAsync(profile.Id))).IsPublished.ShouldBeFalse();
        (await Published(TestPrincipals.Reviewer, s => s.GetAsync(profile.Id))).IsPublished.ShouldBeFalse();

        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.CallAsync<IProjectProfileAppService, ProjectProfileDto>(
            TestPrincipals.XuhuiOfficer, s => s.SaveAsync(profile.EnterpriseId, Content())));
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.CallAsync<IProjectProfileAppService, EnterpriseProfileDto>(
            TestPrincipals.XuhuiOfficer, s => s.GetOfEnterpriseAsync(profile.EnterpriseId)));
    }

    [Fact]
    public async Task Should_queue_every_change_for_the_search_index_in_the_same_transaction()
    {
        var enterpriseId = await NewPudongCompanyAsync("3");
        var profile = await PublishedProfileAsync(enterpriseId);
        var queued = await fixture.RunAsync(null, sp => sp.GetRequiredService<CultivationDbContext>().ProfileIndexChanges.CountAsync(c => c.ProfileId == profile.Id));
        queued.ShouldBe(3);   // written, consented, published

        await fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(enterpriseId, new CreateUpdateAwardRecordDto
        {
            EditionId = TestData.Edition2024Id, Track = Cultivation.Contests.ContestTrack.Enterprise, StageReached = Cultivation.Contests.ContestStage.Final,
            PrizeLevel = Cultivation.Contests.PrizeLevel.Excellence, ProjectName = "视觉质检"
        }));
        (await fixture.RunAsync(null, sp => sp.GetRequiredService<CultivationDbContext>().ProfileIndexChanges.CountAsync(c => c.ProfileId == profile.Id)))
            .ShouldBe(4);
    }

    [Fact]
    public async Task Should_turn_an_investors_interest_into_an_introduction_for_the_district_officer()
    {
        var profile = await PublishedProfileAsync(await NewPudongCompanyAsync("4"));
        var result = await Published(TestPrincipals.Investor, s => s.ExpressInterestAsync(profile.Id, new ExpressInterestDto { Message = "希望了解A轮融资安排" }));
        (await Published(TestPrincipals.Investor, s => s.GetAsync(profile.Id))).InterestExpressed.ShouldBeTrue();
        (await Should.ThrowAsync<BusinessException>(() => Published(TestPrincipals.Investor, s => s.ExpressInterestAsync(profile.Id, new ExpressInterestDto()))))
            .Code.ShouldBe(CultivationDomainErrorCodes.InterestAlreadyExpressed);

        Task<Dtos.PagedResultDto<IntroductionDto>> ListAsync(ClaimsPrincipal user) =>
            fixture.CallAsync<IIntroductionAppService, Dtos.PagedResultDto<IntroductionDto>>(user, s => s.GetListAsync(new GetIntroductionListInput()));
        var mine = (await ListAsync(TestPrincipals.Investor)).Items.ShouldHaveSingleItem();
        mine.Id.ShouldBe(result.IntroductionId);
        mine.InstitutionName.ShouldBe("测试创投");
        mine.ProfileHeadline.ShouldBe(profile.Headline);
        mine.Status.ShouldBe(IntroductionStatus.Requested);
        (await ListAsync(TestPrincipals.PudongOfficer)).Items.ShouldContain(i => i.Id == result.IntroductionId);
        (await ListAsync(TestPrincipals.XuhuiOfficer)).Items.ShouldNotContain(i => i.Id == result.IntroductionId);

        var inbox = await fixture.RunAsync(null, sp => sp.GetRequiredService<CultivationDbContext>().Set<Notification>()
            .Where(n => n.UserId == TestData.Users.PudongOfficerId && n.SourceKey == $"interest:{profile.Id}:{TestData.InvestorInstitutionId}").ToListAsync());
        inbox.ShouldHaveSingleItem().Title.ShouldBe("测试创投 希望对接 档案测试公司4");
    }

    [Fact]
    public async Task Should_refuse_interest_when_the_enterprise_did_not_agree_to_be_contacted()
    {
        var profile = await PublishedProfileAsync(await NewPudongCompanyAsync("5"), contact: false);
        (await Published(TestPrincipals.Investor, s => s.GetAsync(profile.Id))).AcceptsIntroductions.ShouldBeFalse();
        (await Should.ThrowAsync<BusinessException>(() => Published(TestPrincipals.Investor, s => s.ExpressInterestAsync(profile.Id, new ExpressInterestDto()))))
            .Code.ShouldBe(CultivationDomainErrorCodes.ProfileNeedsConsent);
    }

    [Fact]
    public async Task Should_move_the_profile_with_its_enterprise()
    {
        var enterpriseId = await NewPudongCompanyAsync("6");
        var profile = await PublishedProfileAsync(enterpriseId);
        var enterprise = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.GetAsync(enterpriseId));
        await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.UpdateAsync(enterpriseId, new UpdateEnterpriseDto
        {
            Name = enterprise.Name, CreditCode = enterprise.CreditCode, DistrictId = TestData.XuhuiId, ConcurrencyStamp = enterprise.ConcurrencyStamp
        }));
        (await fixture.CallAsync<IProjectProfileAppService, EnterpriseProfileDto>(TestPrincipals.XuhuiOfficer, s => s.GetOfEnterpriseAsync(enterpriseId)))
            .Profile!.DistrictId.ShouldBe(TestData.XuhuiId);
    }
}

public sealed class ProfilePublication_Sqlite_Tests(SqliteFixture fixture) : ProfilePublication_Tests<SqliteFixture>(fixture);

public sealed class ProfilePublication_MariaDb_Tests(MariaDbFixture fixture) : ProfilePublication_Tests<MariaDbFixture>(fixture);
