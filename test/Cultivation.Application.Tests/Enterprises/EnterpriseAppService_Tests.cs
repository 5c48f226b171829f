using Cultivation.Authorization;
using Cultivation.Contests;
using Cultivation.Enterprises;
using Cultivation.Exceptions;

namespace Cultivation.Application.Tests.Enterprises;

public abstract class EnterpriseAppService_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    protected TFixture Fixture { get; } = fixture;

    private Task<T> AsAdmin<T>(Func<IEnterpriseAppService, Task<T>> call) => Fixture.CallAsync(TestPrincipals.Admin, call);

    private static CreateEnterpriseDto NewCompany(string name, string code, Guid? districtId = null) => new()
    {
        Kind = EnterpriseKind.Company,
        Name = name,
        CreditCode = code,
        DistrictId = districtId ?? TestData.PudongId,
        LeadName = "赵六",
        LeadGender = Gender.Female
    };

    [Fact]
    public async Task Should_create_an_enterprise_and_read_it_back_with_its_district()
    {
        var created = await AsAdmin(s => s.CreateAsync(NewCompany("新建测试公司", "91310115MA1K0000A1".FixCheck())));

        var read = await AsAdmin(s => s.GetAsync(created.Id));
        read.Name.ShouldBe("新建测试公司");
        read.DistrictName.ShouldBe("浦东新区");
        read.LeadGender.ShouldBe(Gender.Female);
        read.CreationTime.ShouldBe(CultivationTestFixture.StartTime.UtcDateTime);
        read.CreationTime.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public async Task Should_refuse_a_credit_code_that_another_enterprise_has_even_a_deleted_one()
    {
        var code = "91310115MA1K0000B2".FixCheck();
        var first = await AsAdmin(s => s.CreateAsync(NewCompany("甲公司", code)));
        await Fixture.CallAsync<IEnterpriseAppService>(TestPrincipals.Admin, s => s.DeleteAsync(first.Id));

        var error = await Should.ThrowAsync<BusinessException>(() => AsAdmin(s => s.CreateAsync(NewCompany("乙公司", code))));
        error.Code.ShouldBe(CultivationDomainErrorCodes.CreditCodeAlreadyRegistered);
        error.Field.ShouldBe("creditCode");
    }

    [Fact]
    public async Task Should_soft_delete_so_the_enterprise_disappears_from_lists_and_lookups()
    {
        var created = await AsAdmin(s => s.CreateAsync(NewCompany("待删除公司", "91310115MA1K0000C3".FixCheck())));
        await Fixture.CallAsync<IEnterpriseAppService>(TestPrincipals.Admin, s => s.DeleteAsync(created.Id));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdmin(s => s.GetAsync(created.Id)));
        (await AsAdmin(s => s.GetListAsync(new GetEnterpriseListInput { Keyword = "待删除公司" }))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_filter_by_award_conditions_on_one_and_the_same_award()
    {
        var firstPrize = await AsAdmin(s => s.GetListAsync(new GetEnterpriseListInput { EditionId = TestData.Edition2024Id, PrizeLevel = PrizeLevel.First }));
        firstPrize.Items.ShouldContain(i => i.Id == Fixture.Ids.PudongCompany);
        firstPrize.Items.ShouldNotContain(i => i.Id == Fixture.Ids.XuhuiCompany);

        var makerFirst = await AsAdmin(s => s.GetListAsync(new GetEnterpriseListInput { Track = ContestTrack.Maker, PrizeLevel = PrizeLevel.First }));
        makerFirst.Items.ShouldNotContain(i => i.Id == Fixture.Ids.PudongCompany);

        var top500 = await AsAdmin(s => s.GetListAsync(new GetEnterpriseListInput { NationalAdvancement = NationalAdvancement.EnterpriseTop500 }));
        top500.Items.Select(i => i.Id).ShouldContain(Fixture.Ids.PudongCompany);
    }

    [Fact]
    public async Task Should_find_by_keyword_in_name_credit_code_or_project_name()
    {
        (await AsAdmin(s => s.GetListAsync(new GetEnterpriseListInput { Keyword = "视觉质检" }))).Items.ShouldHaveSingleItem().Id.ShouldBe(Fixture.Ids.PudongCompany);
        (await AsAdmin(s => s.GetListAsync(new GetEnterpriseListInput { Keyword = TestData.XuhuiCompanyCode.ToLowerInvariant() }))).Items.ShouldHaveSingleItem().Id.ShouldBe(Fixture.Ids.XuhuiCompany);
        (await AsAdmin(s => s.GetListAsync(new GetEnterpriseListInput { Keyword = "创客团队" }))).Items.ShouldContain(i => i.Id == Fixture.Ids.PudongMakerTeam);
    }

    [Fact]
    public async Task Should_page_and_sort_with_a_total_and_the_latest_award()
    {
        for (var i = 0; i < 5; i++)
        {
            var n = i;
            await AsAdmin(s => s.CreateAsync(NewCompany($"分页测试{n}号公司", $"91310115MA1K0001{n}".FixCheck())));
        }
        var page = await AsAdmin(s => s.GetListAsync(new GetEnterpriseListInput { Keyword = "分页测试", Sorting = "name desc", SkipCount = 1, MaxResultCount = 2 }));
        page.TotalCount.ShouldBe(5);
        page.Items.Select(i => i.Name).ShouldBe(["分页测试3号公司", "分页测试2号公司"]);

        var pudong = (await AsAdmin(s => s.GetListAsync(new GetEnterpriseListInput { Keyword = "上海测试智能" }))).Items.ShouldHaveSingleItem();
        pudong.LatestAward!.PrizeLevel.ShouldBe(PrizeLevel.First);
        pudong.DistrictName.ShouldBe("浦东新区");
    }

    [Fact]
    public async Task Should_reject_an_unknown_sort_field()
    {
        (await Should.ThrowAsync<BusinessException>(() => AsAdmin(s => s.GetListAsync(new GetEnterpriseListInput { Sorting = "password" }))))
            .Field.ShouldBe("sorting");
    }

    [Fact]
    public async Task Should_report_a_conflict_when_the_stamp_is_stale_and_write_nothing()
    {
        var created = await AsAdmin(s => s.CreateAsync(NewCompany("并发测试公司", "91310115MA1K0000D4".FixCheck())));
        var update = new UpdateEnterpriseDto { Name = "第一次修改", CreditCode = created.CreditCode, DistrictId = created.DistrictId, ConcurrencyStamp = created.ConcurrencyStamp };
        var first = await AsAdmin(s => s.UpdateAsync(created.Id, update));
        first.ConcurrencyStamp.ShouldNotBe(created.ConcurrencyStamp);

        update.Name = "第二次修改（基于旧版本）";
        await Should.ThrowAsync<ConcurrencyConflictException>(() => AsAdmin(s => s.UpdateAsync(created.Id, update)));
        (await AsAdmin(s => s.GetAsync(created.Id))).Name.ShouldBe("第一次修改");
    }

    [Fact]
    public async Task Should_let_a_maker_team_incorporate()
    {
        var team = await AsAdmin(s => s.CreateAsync(new CreateEnterpriseDto { Kind = EnterpriseKind.MakerTeam, Name = "待注册团队", DistrictId = TestData.PudongId }));
        var company = await AsAdmin(s => s.IncorporateAsync(team.Id, new IncorporateEnterpriseDto
        {
            CreditCode = "91310115MA1K0000E5".FixCheck(), IncorporatedOn = new DateOnly(2025, 5, 1), ConcurrencyStamp = team.ConcurrencyStamp
        }));
        company.Kind.ShouldBe(EnterpriseKind.Company);
        company.IncorporatedOn.ShouldBe(new DateOnly(2025, 5, 1));
    }

    [Fact]
    public async Task Should_show_a_district_officer_only_their_district()
    {
        var list = await Fixture.CallAsync<IEnterpriseAppService, Cultivation.Dtos.PagedResultDto<EnterpriseListItemDto>>(
            TestPrincipals.PudongOfficer, s => s.GetListAsync(new GetEnterpriseListInput { MaxResultCount = 1000 }));
        list.Items.ShouldAllBe(i => i.DistrictId == TestData.PudongId);
        list.TotalCount.ShouldBe(list.Items.Count);
        list.Items.ShouldContain(i => i.Id == Fixture.Ids.PudongCompany);

        // Asking for another district by filter gives nothing rather than the other district's rows.
        (await Fixture.CallAsync<IEnterpriseAppService, Cultivation.Dtos.PagedResultDto<EnterpriseListItemDto>>(
            TestPrincipals.PudongOfficer, s => s.GetListAsync(new GetEnterpriseListInput { DistrictId = TestData.XuhuiId }))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_answer_not_found_for_another_districts_enterprise()
    {
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            Fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.GetAsync(Fixture.Ids.XuhuiCompany)));
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            Fixture.CallAsync<IEnterpriseAppService>(TestPrincipals.PudongOfficer, s => s.UpdateAsync(Fixture.Ids.XuhuiCompany,
                new UpdateEnterpriseDto { Name = "篡改", CreditCode = TestData.XuhuiCompanyCode, DistrictId = TestData.XuhuiId })));
    }

    [Fact]
    public async Task Should_refuse_an_officer_creating_or_moving_an_enterprise_into_another_district()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => Fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(
            TestPrincipals.PudongOfficer, s => s.CreateAsync(NewCompany("越区公司", "91310104MA1K0000F6".FixCheck(), TestData.XuhuiId))));
        error.Code.ShouldBe(CultivationDomainErrorCodes.DistrictOutOfScope);

        var own = await Fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer,
            s => s.CreateAsync(NewCompany("本区公司", "91310115MA1K0000G7".FixCheck())));
        (await Should.ThrowAsync<BusinessException>(() => Fixture.CallAsync<IEnterpriseAppService>(TestPrincipals.PudongOfficer,
            s => s.UpdateAsync(own.Id, new UpdateEnterpriseDto { Name = own.Name, CreditCode = own.CreditCode, DistrictId = TestData.XuhuiId, ConcurrencyStamp = own.ConcurrencyStamp }))))
            .Code.ShouldBe(CultivationDomainErrorCodes.DistrictOutOfScope);
    }

    [Fact]
    public async Task Should_move_an_enterprise_with_everything_it_owns_when_an_administrator_changes_its_district()
    {
        var created = await AsAdmin(s => s.CreateAsync(NewCompany("迁址公司", "91310115MA1K0000H8".FixCheck())));
        await Fixture.CallAsync<IEnterpriseContactAppService>(TestPrincipals.Admin,
            s => s.CreateAsync(created.Id, new CreateUpdateEnterpriseContactDto { Name = "联系人", Phone = "13700000000" }));
        await AsAdmin(s => s.UpdateAsync(created.Id, new UpdateEnterpriseDto { Name = created.Name, CreditCode = created.CreditCode, DistrictId = TestData.XuhuiId, ConcurrencyStamp = created.ConcurrencyStamp }));

        var contacts = await Fixture.CallAsync<IEnterpriseContactAppService, Cultivation.Dtos.ListResultDto<EnterpriseContactDto>>(
            TestPrincipals.XuhuiOfficer, s => s.GetListAsync(created.Id));
        contacts.Items.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_refuse_callers_without_the_permission()
    {
        var error = await Should.ThrowAsync<CultivationAuthorizationException>(() =>
            Fixture.CallAsync<IEnterpriseAppService, Cultivation.Dtos.PagedResultDto<EnterpriseListItemDto>>(TestPrincipals.Investor, s => s.GetListAsync(new GetEnterpriseListInput())));
        error.IsAuthenticated.ShouldBeTrue();
        (await Should.ThrowAsync<CultivationAuthorizationException>(() =>
            Fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Reviewer, s => s.CreateAsync(NewCompany("x", "91310115MA1K0000J9".FixCheck())))))
            .IsAuthenticated.ShouldBeTrue();
        (await Should.ThrowAsync<CultivationAuthorizationException>(() =>
            Fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Anonymous, s => s.GetAsync(Fixture.Ids.PudongCompany))))
            .IsAuthenticated.ShouldBeFalse();
    }
}

public sealed class EnterpriseAppService_Sqlite_Tests(SqliteFixture fixture) : EnterpriseAppService_Tests<SqliteFixture>(fixture);

public sealed class EnterpriseAppService_MariaDb_Tests(MariaDbFixture fixture) : EnterpriseAppService_Tests<MariaDbFixture>(fixture);
