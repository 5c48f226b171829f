using Cultivation.Application.Tests.Imports;
using Cultivation.Contests;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Exceptions;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Application.Tests.Enterprises;

/// <summary>Award records, yearly figures and contacts of an enterprise.</summary>
public abstract class EnterpriseChildren_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private async Task<EnterpriseDto> NewCompanyAsync(string suffix) =>
        await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company, Name = "子记录测试公司" + suffix, CreditCode = $"91310115MA2K0{suffix.PadLeft(4, '0')}0".FixCheck(), DistrictId = TestData.PudongId
        }));

    [Fact]
    public async Task Should_record_change_and_remove_an_award_checked_against_the_edition()
    {
        var company = await NewCompanyAsync("1");
        var input = new CreateUpdateAwardRecordDto
        {
            EditionId = TestData.Edition2024Id, Track = ContestTrack.Enterprise, StageReached = ContestStage.Final,
            PrizeLevel = PrizeLevel.Third, ProjectName = "工业互联网平台"
        };
        var award = await fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(company.Id, input));
        award.EditionYear.ShouldBe(2024);

        input.Track = ContestTrack.Maker;
        input.PrizeLevel = PrizeLevel.Excellence;
        input.ConcurrencyStamp = award.ConcurrencyStamp;
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(
            TestPrincipals.PudongOfficer, s => s.UpdateAsync(company.Id, award.Id, input)))).Code.ShouldBe(CultivationDomainErrorCodes.PrizeLevelNotInTrack);

        input.Track = ContestTrack.Enterprise;
        input.NationalAdvancement = NationalAdvancement.EnterpriseTop500;
        input.NationalAdvancementYear = 2024;
        var updated = await fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.PudongOfficer, s => s.UpdateAsync(company.Id, award.Id, input));
        updated.NationalAdvancement.ShouldBe(NationalAdvancement.EnterpriseTop500);

        await fixture.CallAsync<IAwardRecordAppService>(TestPrincipals.PudongOfficer, s => s.DeleteAsync(company.Id, award.Id));
        (await fixture.CallAsync<IAwardRecordAppService, ListResultDto<AwardRecordDto>>(TestPrincipals.PudongOfficer, s => s.GetListAsync(company.Id))).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_an_award_over_the_editions_prize_quota_counted_over_every_district()
    {
        // 企业组: 一等奖 1, 二等奖 2, 三等奖 3, 优胜奖 若干.
        var edition = await fixture.NewEditionAsync();
        var (first, second, third) = (await NewCompanyAsync("31"), await NewCompanyAsync("32"), await NewCompanyAsync("33"));
        CreateUpdateAwardRecordDto Award(PrizeLevel? level, string project = "名额测试项目") => new()
        {
            EditionId = edition.Id, Track = ContestTrack.Enterprise, StageReached = ContestStage.Final, PrizeLevel = level, ProjectName = project
        };
        Task<AwardRecordDto> CreateAsync(System.Security.Claims.ClaimsPrincipal user, Guid enterpriseId, CreateUpdateAwardRecordDto input) =>
            fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(user, s => s.CreateAsync(enterpriseId, input));

        await CreateAsync(TestPrincipals.Admin, fixture.Ids.XuhuiCompany, Award(PrizeLevel.First));
        var overFirst = await Should.ThrowAsync<BusinessException>(() => CreateAsync(TestPrincipals.PudongOfficer, first.Id, Award(PrizeLevel.First)));
        overFirst.Code.ShouldBe(CultivationDomainErrorCodes.PrizeQuotaExceeded);
        overFirst.Field.ShouldBe("prizeLevel");
        overFirst.Arguments.ShouldBe(new object[] { edition.Year, ContestTrack.Enterprise, PrizeLevel.First, 1, 2 });

        var secondPrize = await CreateAsync(TestPrincipals.PudongOfficer, first.Id, Award(PrizeLevel.Second));
        await CreateAsync(TestPrincipals.PudongOfficer, second.Id, Award(PrizeLevel.Second));
        (await Should.ThrowAsync<BusinessException>(() => CreateAsync(TestPrincipals.PudongOfficer, third.Id, Award(PrizeLevel.Second))))
            .Code.ShouldBe(CultivationDomainErrorCodes.PrizeQuotaExceeded);

        // Raising an award into a full level is refused; an award that keeps its prize may change otherwise.
        var raise = Award(PrizeLevel.First);
        raise.ConcurrencyStamp = secondPrize.ConcurrencyStamp;
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.PudongOfficer,
            s => s.UpdateAsync(first.Id, secondPrize.Id, raise)))).Code.ShouldBe(CultivationDomainErrorCodes.PrizeQuotaExceeded);
        var rename = Award(PrizeLevel.Second, "改名的项目");
        rename.ConcurrencyStamp = secondPrize.ConcurrencyStamp;
        (await fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.PudongOfficer, s => s.UpdateAsync(first.Id, secondPrize.Id, rename)))
            .ProjectName.ShouldBe("改名的项目");

        // 若干: no limit.
        await CreateAsync(TestPrincipals.PudongOfficer, third.Id, Award(PrizeLevel.Excellence));
    }

    [Fact]
    public async Task Should_list_an_enterprise_with_its_latest_award_and_fall_back_when_it_is_removed()
    {
        var company = await NewCompanyAsync("7");
        var edition2023 = await fixture.RunAsync(TestPrincipals.Admin, async sp => (await EditionSeries.CreateAsync(sp, firstYear: 2023)).Single(e => e.Year == 2023));
        async Task<AwardRecordDto> AwardAsync(Guid editionId, PrizeLevel level) =>
            await fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(company.Id, new CreateUpdateAwardRecordDto
            {
                EditionId = editionId, Track = ContestTrack.Enterprise, StageReached = ContestStage.Final, PrizeLevel = level, ProjectName = "最新奖项测试"
            }));
        await AwardAsync(edition2023.Id, PrizeLevel.First);
        var latest = await AwardAsync(TestData.Edition2024Id, PrizeLevel.Excellence);
        Task<EnterpriseListItemDto> ListedAsync() => fixture.CallAsync<IEnterpriseAppService, EnterpriseListItemDto>(TestPrincipals.PudongOfficer,
            async s => (await s.GetListAsync(new GetEnterpriseListInput { Keyword = company.Name })).Items.ShouldHaveSingleItem());

        (await ListedAsync()).LatestAward.ShouldSatisfyAllConditions(
            a => a!.EditionYear.ShouldBe(2024), a => a!.PrizeLevel.ShouldBe(PrizeLevel.Excellence));

        await fixture.CallAsync<IAwardRecordAppService>(TestPrincipals.PudongOfficer, s => s.DeleteAsync(company.Id, latest.Id));
        (await ListedAsync()).LatestAward.ShouldSatisfyAllConditions(
            a => a!.EditionYear.ShouldBe(2023), a => a!.EditionId.ShouldBe(edition2023.Id), a => a!.PrizeLevel.ShouldBe(PrizeLevel.First));
    }

    [Fact]
    public async Task Should_refuse_an_award_in_an_unknown_edition()
    {
        var company = await NewCompanyAsync("2");
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.PudongOfficer,
            s => s.CreateAsync(company.Id, new CreateUpdateAwardRecordDto
            {
                EditionId = Guid.NewGuid(), Track = ContestTrack.Enterprise, StageReached = ContestStage.Preliminary, ProjectName = "x"
            })))).Field.ShouldBe("editionId");
    }

    [Fact]
    public async Task Should_set_a_years_figures_then_replace_them_with_the_stamp()
    {
        var company = await NewCompanyAsync("3");
        var first = await fixture.CallAsync<IEnterpriseFiguresAppService, EnterpriseFiguresDto>(TestPrincipals.PudongOfficer,
            s => s.SetAsync(company.Id, 2024, new UpdateEnterpriseFiguresDto { OperatingRevenue = 12_345_678.00m, RdExpense = 617_283.90m }));
        first.RdIntensity.ShouldBe(0.05m);

        var second = await fixture.CallAsync<IEnterpriseFiguresAppService, EnterpriseFiguresDto>(TestPrincipals.PudongOfficer,
            s => s.SetAsync(company.Id, 2024, new UpdateEnterpriseFiguresDto { OperatingRevenue = 100m, ConcurrencyStamp = first.ConcurrencyStamp }));
        second.OperatingRevenue.ShouldBe(100m);
        second.RdExpense.ShouldBeNull();

        await Should.ThrowAsync<ConcurrencyConflictException>(() => fixture.CallAsync<IEnterpriseFiguresAppService, EnterpriseFiguresDto>(TestPrincipals.PudongOfficer,
            s => s.SetAsync(company.Id, 2024, new UpdateEnterpriseFiguresDto { OperatingRevenue = 1m, ConcurrencyStamp = first.ConcurrencyStamp })));

        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IEnterpriseFiguresAppService, EnterpriseFiguresDto>(TestPrincipals.PudongOfficer,
            s => s.SetAsync(company.Id, 2026, new UpdateEnterpriseFiguresDto())))).Code.ShouldBe(CultivationDomainErrorCodes.FiguresYearOutOfRange);

        var read = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.GetAsync(company.Id));
        read.Figures.ShouldHaveSingleItem().OperatingRevenue.ShouldBe(100m);
    }

    [Fact]
    public async Task Should_keep_amounts_exact_to_the_fen()
    {
        var company = await NewCompanyAsync("4");
        await fixture.CallAsync<IEnterpriseFiguresAppService, EnterpriseFiguresDto>(TestPrincipals.PudongOfficer,
            s => s.SetAsync(company.Id, 2023, new UpdateEnterpriseFiguresDto { TotalAssets = 9_876_543_210_987.65m, NetProfit = -0.01m }));
        var read = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.GetAsync(company.Id));
        read.Figures.ShouldHaveSingleItem().TotalAssets.ShouldBe(9_876_543_210_987.65m);
        read.Figures[0].NetProfit.ShouldBe(-0.01m);
    }

    [Fact]
    public async Task Should_add_and_edit_contacts_keeping_one_primary()
    {
        var company = await NewCompanyAsync("5");
        var a = await fixture.CallAsync<IEnterpriseContactAppService, EnterpriseContactDto>(TestPrincipals.PudongOfficer,
            s => s.CreateAsync(company.Id, new CreateUpdateEnterpriseContactDto { Name = "甲", Phone = "13811112222", IsPrimary = true }));
        await fixture.CallAsync<IEnterpriseContactAppService, EnterpriseContactDto>(TestPrincipals.PudongOfficer,
            s => s.CreateAsync(company.Id, new CreateUpdateEnterpriseContactDto { Name = "乙", Email = "yi@example.com", IsPrimary = true }));

        var contacts = await fixture.CallAsync<IEnterpriseContactAppService, ListResultDto<EnterpriseContactDto>>(TestPrincipals.PudongOfficer, s => s.GetListAsync(company.Id));
        contacts.Items.Single(c => c.IsPrimary).Name.ShouldBe("乙");

        await fixture.CallAsync<IEnterpriseContactAppService>(TestPrincipals.PudongOfficer, s => s.DeleteAsync(company.Id, a.Id));
        (await fixture.CallAsync<IEnterpriseContactAppService, ListResultDto<EnterpriseContactDto>>(TestPrincipals.PudongOfficer, s => s.GetListAsync(company.Id)))
            .Items.ShouldHaveSingleItem().Name.ShouldBe("乙");
    }

    [Fact]
    public async Task Should_keep_a_masked_phone_when_a_reader_without_personal_data_sends_it_back_unchanged()
    {
        var company = await NewCompanyAsync("6");
        var contact = await fixture.CallAsync<IEnterpriseContactAppService, EnterpriseContactDto>(TestPrincipals.PudongOfficer,
            s => s.CreateAsync(company.Id, new CreateUpdateEnterpriseContactDto { Name = "孙八", Phone = "13955556666", Email = "sun@example.com" }));
        var editor = await ContactEditorWithoutPersonalDataAsync();

        await fixture.CallAsync<IEnterpriseContactAppService, EnterpriseContactDto>(editor, s => s.UpdateAsync(company.Id, contact.Id,
            new CreateUpdateEnterpriseContactDto { Name = "孙八（改）", Phone = "139****6666", Email = "s***@example.com", ConcurrencyStamp = contact.ConcurrencyStamp }));

        var stored = (await fixture.CallAsync<IEnterpriseContactAppService, ListResultDto<EnterpriseContactDto>>(TestPrincipals.PudongOfficer,
            s => s.GetListAsync(company.Id))).Items.Single();
        (stored.Name, stored.Phone, stored.Email).ShouldBe(("孙八（改）", "13955556666", "sun@example.com"));

        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IEnterpriseContactAppService, EnterpriseContactDto>(editor,
            s => s.CreateAsync(company.Id, new CreateUpdateEnterpriseContactDto { Name = "星号", Phone = "139****0000" })))).Field.ShouldBe("phone");
    }

    /// <summary>A district-scoped role that edits contacts but may not see personal data.</summary>
    private async Task<System.Security.Claims.ClaimsPrincipal> ContactEditorWithoutPersonalDataAsync()
    {
        const string role = "ContactEditor";
        await fixture.RunAsync(null, async sp =>
        {
            var roles = sp.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Cultivation.Identity.AppRole>>();
            if (await roles.FindByNameAsync(role) is null)
            {
                await roles.CreateAsync(new Cultivation.Identity.AppRole(Guid.CreateVersion7(), role) { DisplayName = role });
                await sp.GetRequiredService<Cultivation.Identity.IPermissionGrantRepository>().ReplaceAsync(Cultivation.Identity.PermissionGrant.RoleProvider, role,
                    [Cultivation.Permissions.CultivationPermissions.Enterprises.Default, Cultivation.Permissions.CultivationPermissions.Enterprises.Contacts]);
                await sp.GetRequiredService<Cultivation.Repositories.IUnitOfWork>().SaveChangesAsync();
            }
        });
        return TestPrincipals.Create("contact-editor", role, TestData.PudongId);
    }

    [Fact]
    public async Task Should_not_reach_another_districts_children()
    {
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.CallAsync<IAwardRecordAppService, ListResultDto<AwardRecordDto>>(
            TestPrincipals.PudongOfficer, s => s.GetListAsync(fixture.Ids.XuhuiCompany)));
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.CallAsync<IEnterpriseContactAppService, EnterpriseContactDto>(
            TestPrincipals.PudongOfficer, s => s.CreateAsync(fixture.Ids.XuhuiCompany, new CreateUpdateEnterpriseContactDto { Name = "x" })));
    }
}

public sealed class EnterpriseChildren_Sqlite_Tests(SqliteFixture fixture) : EnterpriseChildren_Tests<SqliteFixture>(fixture);

public sealed class EnterpriseChildren_MariaDb_Tests(MariaDbFixture fixture) : EnterpriseChildren_Tests<MariaDbFixture>(fixture);
