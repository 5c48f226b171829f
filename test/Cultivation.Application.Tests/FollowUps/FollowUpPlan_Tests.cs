using Cultivation.Contests;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Exceptions;
using Cultivation.FollowUps;

namespace Cultivation.Application.Tests.FollowUps;

public abstract class FollowUpPlan_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private Task<PagedResultDto<FollowUpPlanDto>> WorklistAsync(System.Security.Claims.ClaimsPrincipal user, GetWorklistInput? input = null) =>
        fixture.CallAsync<IFollowUpPlanAppService, PagedResultDto<FollowUpPlanDto>>(user, s => s.GetWorklistAsync(input ?? new GetWorklistInput { MaxResultCount = 1000 }));

    [Fact]
    public async Task Should_start_a_plan_with_the_prize_cadence_when_the_award_is_recorded()
    {
        var all = await WorklistAsync(TestPrincipals.Admin);
        var pudong = all.Items.Single(p => p.EnterpriseId == fixture.Ids.PudongCompany);
        (pudong.CadenceDays, pudong.PrizeLevel, pudong.EditionYear).ShouldBe((30, PrizeLevel.First, 2024));
        pudong.NextDueDate.ShouldBe(new DateOnly(2024, 10, 30)); // final 2024-09-30 + 30 days, a working day
        pudong.DaysOverdue.ShouldBe(new DateOnly(2025, 6, 3).DayNumber - new DateOnly(2024, 10, 30).DayNumber);
        all.Items.Single(p => p.EnterpriseId == fixture.Ids.XuhuiCompany).CadenceDays.ShouldBe(90);
        all.Items.Single(p => p.EnterpriseId == fixture.Ids.PudongMakerTeam).CadenceDays.ShouldBe(30);
    }

    [Fact]
    public async Task Should_not_start_a_plan_without_a_prize_or_a_national_advancement_and_update_it_when_a_prize_is_corrected()
    {
        var company = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company, Name = "复赛企业", CreditCode = "91310115MA9G000010".FixCheck(), DistrictId = TestData.PudongId
        }));
        var input = new CreateUpdateAwardRecordDto { EditionId = TestData.Edition2024Id, Track = ContestTrack.Enterprise, StageReached = ContestStage.Semifinal, ProjectName = "x" };
        var award = await fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(company.Id, input));
        (await fixture.CallAsync<IFollowUpPlanAppService, ListResultDto<FollowUpPlanDto>>(TestPrincipals.PudongOfficer, s => s.GetOfEnterpriseAsync(company.Id))).Items.ShouldBeEmpty();

        input.StageReached = ContestStage.Final;
        input.PrizeLevel = PrizeLevel.Excellence;
        input.ConcurrencyStamp = award.ConcurrencyStamp;
        await fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.PudongOfficer, s => s.UpdateAsync(company.Id, award.Id, input));
        var plan = (await fixture.CallAsync<IFollowUpPlanAppService, ListResultDto<FollowUpPlanDto>>(TestPrincipals.PudongOfficer, s => s.GetOfEnterpriseAsync(company.Id))).Items.Single();
        plan.CadenceDays.ShouldBe(90);
    }

    [Fact]
    public async Task Should_close_the_plan_but_keep_its_history_when_its_award_loses_the_prize_or_is_removed()
    {
        var (corrected, _) = await fixture.NewWinnerAsync(PrizeLevel.Third);
        var award = (await fixture.CallAsync<IAwardRecordAppService, ListResultDto<AwardRecordDto>>(TestPrincipals.PudongOfficer, s => s.GetListAsync(corrected.Id))).Items.Single();
        await fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.PudongOfficer, s => s.UpdateAsync(corrected.Id, award.Id, new CreateUpdateAwardRecordDto
        {
            EditionId = award.EditionId, Track = award.Track, StageReached = ContestStage.Semifinal, ProjectName = award.ProjectName, ConcurrencyStamp = award.ConcurrencyStamp
        }));
        var withdrawn = (await fixture.PlansOfAsync(corrected.Id)).Single();
        (withdrawn.Status, withdrawn.StatusReason).ShouldBe((FollowUpStatus.Closed, FollowUpPlanner.PrizeWithdrawnReason));

        var (removed, _) = await fixture.NewWinnerAsync(PrizeLevel.Second);
        await fixture.MakeDueAsync(removed.Id, new DateOnly(2025, 5, 30), null);
        var removedAward = (await fixture.CallAsync<IAwardRecordAppService, ListResultDto<AwardRecordDto>>(TestPrincipals.PudongOfficer, s => s.GetListAsync(removed.Id))).Items.Single();
        await fixture.CallAsync<IAwardRecordAppService>(TestPrincipals.PudongOfficer, s => s.DeleteAsync(removed.Id, removedAward.Id));
        var ended = (await fixture.PlansOfAsync(removed.Id)).Single();
        (ended.Status, ended.StatusReason, ended.LastServiceOn).ShouldBe((FollowUpStatus.Closed, FollowUpPlanner.AwardRemovedReason, new DateOnly(2025, 5, 30)));
        (await fixture.CallAsync<IServiceRecordAppService, ListResultDto<ServiceRecordDto>>(TestPrincipals.PudongOfficer, s => s.GetListAsync(removed.Id))).Items.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_list_whom_a_districts_plans_can_be_assigned_to_for_that_district_only()
    {
        var officers = await fixture.CallAsync<Cultivation.Districts.IDistrictAppService, ListResultDto<Cultivation.Districts.DistrictOfficerDto>>(
            TestPrincipals.PudongOfficer, s => s.GetOfficersAsync(TestData.PudongId));
        officers.Items.ShouldContain(o => o.Id == TestData.Users.PudongOfficerId && o.UserName == TestData.Users.PudongOfficer);
        officers.Items.ShouldNotContain(o => o.UserName == TestData.Users.XuhuiOfficer || o.UserName == TestData.Users.Admin);
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.CallAsync<Cultivation.Districts.IDistrictAppService, ListResultDto<Cultivation.Districts.DistrictOfficerDto>>(
            TestPrincipals.XuhuiOfficer, s => s.GetOfficersAsync(TestData.PudongId)));
    }

    [Fact]
    public async Task Should_move_the_due_date_when_a_service_is_logged_and_record_its_requests()
    {
        var (enterprise, _) = await fixture.NewWinnerAsync(PrizeLevel.Second);
        var result = await fixture.MakeDueAsync(enterprise.Id, new DateOnly(2025, 5, 30), null,
            new NewRequestDto { Description = "希望对接银行贷款", Category = ServiceCategory.Financing });
        result.Plans.Single().NextDueDate.ShouldBe(new DateOnly(2025, 7, 29)); // 60 days
        result.Plans.Single().LastServiceOn.ShouldBe(new DateOnly(2025, 5, 30));
        var request = result.Requests.Single();
        (request.Status, request.RaisedOn).ShouldBe((RequestStatus.Open, new DateOnly(2025, 5, 30)));

        var services = await fixture.CallAsync<IServiceRecordAppService, ListResultDto<ServiceRecordDto>>(TestPrincipals.Reviewer, s => s.GetListAsync(enterprise.Id));
        services.Items.Single().OfficerName.ShouldBe(TestData.Users.PudongOfficer);
        // What the service wrote comes back as the lists would show it, so the screen applies it without loading them again.
        var listed = services.Items.Single();
        (result.Service.Id, result.Service.OfficerName, result.Service.Summary, result.Service.PlanId).ShouldBe((listed.Id, listed.OfficerName, listed.Summary, listed.PlanId));
        var timeline = await fixture.CallAsync<IEnterpriseTimelineAppService, List<TimelineEntryDto>>(TestPrincipals.PudongOfficer, s => s.GetAsync(enterprise.Id));
        result.TimelineEntries.Select(e => (e.SourceId, e.Kind, e.Title, e.Date)).ShouldBe(
            timeline.Where(e => e.Kind is TimelineEntryKind.Service or TimelineEntryKind.RequestRaised).Select(e => (e.SourceId, e.Kind, e.Title, e.Date)));

        var resolved = await fixture.CallAsync<IEnterpriseRequestAppService, EnterpriseRequestDto>(TestPrincipals.PudongOfficer,
            s => s.ResolveAsync(request.Id, new ResolveRequestDto { Resolution = "已推荐至合作银行", ResolvedOn = new DateOnly(2025, 6, 1), ConcurrencyStamp = request.ConcurrencyStamp }));
        resolved.Status.ShouldBe(RequestStatus.Resolved);
    }

    [Fact]
    public async Task Should_list_overdue_first_and_only_the_officers_district()
    {
        var list = await WorklistAsync(TestPrincipals.PudongOfficer);
        list.Items.ShouldAllBe(p => p.DistrictId == TestData.PudongId);
        list.Items.Select(p => p.NextDueDate).ShouldBeInOrder();
        var xuhuiPlan = (await WorklistAsync(TestPrincipals.Admin)).Items.First(p => p.DistrictId == TestData.XuhuiId);
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.CallAsync<IFollowUpPlanAppService, FollowUpPlanDto>(TestPrincipals.PudongOfficer, s => s.GetAsync(xuhuiPlan.Id)));
    }

    [Fact]
    public async Task Should_pause_resume_close_and_assign_only_to_an_officer_of_the_district()
    {
        var (_, plan) = await fixture.NewWinnerAsync();
        var paused = await fixture.CallAsync<IFollowUpPlanAppService, FollowUpPlanDto>(TestPrincipals.PudongOfficer,
            s => s.PauseAsync(plan.Id, new ChangePlanStatusDto { Reason = "企业外迁", ConcurrencyStamp = plan.ConcurrencyStamp }));
        (paused.Status, paused.StatusReason).ShouldBe((FollowUpStatus.Paused, "企业外迁"));
        var resumed = await fixture.CallAsync<IFollowUpPlanAppService, FollowUpPlanDto>(TestPrincipals.PudongOfficer, s => s.ResumeAsync(plan.Id, new ChangePlanStatusDto { ConcurrencyStamp = paused.ConcurrencyStamp }));
        resumed.NextDueDate.ShouldBe(new DateOnly(2025, 6, 3)); // the overdue date became today

        var xuhuiOfficerId = (await fixture.CallAsync<Cultivation.Identity.IUserAppService, PagedResultDto<Cultivation.Identity.IdentityUserDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new Cultivation.Identity.GetUserListInput { Filter = TestData.Users.XuhuiOfficer }))).Items.Single().Id;
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IFollowUpPlanAppService, FollowUpPlanDto>(TestPrincipals.PudongOfficer,
            s => s.AssignAsync(plan.Id, new AssignPlanDto { OfficerId = xuhuiOfficerId, ConcurrencyStamp = resumed.ConcurrencyStamp })))).Code.ShouldBe(CultivationDomainErrorCodes.OfficerNotOfDistrict);

        var closed = await fixture.CallAsync<IFollowUpPlanAppService, FollowUpPlanDto>(TestPrincipals.PudongOfficer, s => s.CloseAsync(plan.Id, new ChangePlanStatusDto { Reason = "培育期满", ConcurrencyStamp = resumed.ConcurrencyStamp }));
        closed.Status.ShouldBe(FollowUpStatus.Closed);
    }

    [Fact]
    public async Task Should_apply_a_changed_policy_to_the_editions_open_plans()
    {
        var policy = await fixture.CallAsync<IFollowUpPolicyAppService, FollowUpPolicyDto>(TestPrincipals.Admin, s => s.GetAsync(TestData.Edition2024Id));
        var rules = policy.Rules.Select(r => new CadenceRuleDto { Track = r.Track, PrizeLevel = r.PrizeLevel, Days = r.PrizeLevel == PrizeLevel.Excellence ? 75 : r.Days }).ToList();
        var changed = await fixture.CallAsync<IFollowUpPolicyAppService, FollowUpPolicyDto>(TestPrincipals.Admin, s => s.UpdateAsync(TestData.Edition2024Id, new UpdateFollowUpPolicyDto
        {
            FirstContactDays = policy.FirstContactDays, CultivationYears = policy.CultivationYears, DefaultDays = policy.DefaultDays, Rules = rules,
            ConcurrencyStamp = policy.ConcurrencyStamp
        }));
        try
        {
            (await WorklistAsync(TestPrincipals.Admin)).Items.Single(p => p.EnterpriseId == fixture.Ids.XuhuiCompany).CadenceDays.ShouldBe(75);
        }
        finally
        {
            // Other tests of the class expect the default cadences.
            await fixture.CallAsync<IFollowUpPolicyAppService, FollowUpPolicyDto>(TestPrincipals.Admin, s => s.UpdateAsync(TestData.Edition2024Id, new UpdateFollowUpPolicyDto
            {
                FirstContactDays = policy.FirstContactDays, CultivationYears = policy.CultivationYears, DefaultDays = policy.DefaultDays,
                Rules = policy.Rules, ConcurrencyStamp = changed.ConcurrencyStamp
            }));
        }
        await Should.ThrowAsync<Cultivation.Authorization.CultivationAuthorizationException>(() => fixture.CallAsync<IFollowUpPolicyAppService, FollowUpPolicyDto>(
            TestPrincipals.PudongOfficer, s => s.UpdateAsync(TestData.Edition2024Id, new UpdateFollowUpPolicyDto { FirstContactDays = 1, CultivationYears = 1, DefaultDays = 1 })));
    }

    [Fact]
    public async Task Should_keep_the_holiday_calendar_as_data_and_say_which_years_lack_one()
    {
        var years = await fixture.CallAsync<IHolidayCalendarAppService, List<HolidayCalendarDto>>(TestPrincipals.Admin, s => s.GetListAsync());
        years.Single(y => y.Year == 2025).Source.ShouldNotBeNull().ShouldContain("国办发明电〔2024〕12号");
        years.Single(y => y.Year == 2026).HasArrangement.ShouldBeTrue();

        var set = await fixture.CallAsync<IHolidayCalendarAppService, HolidayCalendarDto>(TestPrincipals.Admin, s => s.SetAsync(2031, new UpdateHolidayCalendarDto
        {
            Source = "测试安排", Days = [new CalendarDayDto { Date = new DateOnly(2031, 1, 1), Kind = CalendarDayKind.Holiday, Name = "元旦" }]
        }));
        set.HasArrangement.ShouldBeTrue();
        (await fixture.CallAsync<IHolidayCalendarAppService, HolidayCalendarDto>(TestPrincipals.Admin, s => s.GetAsync(2030))).HasArrangement.ShouldBeFalse();
    }
}

public sealed class FollowUpPlan_Sqlite_Tests(SqliteFixture fixture) : FollowUpPlan_Tests<SqliteFixture>(fixture);

public sealed class FollowUpPlan_MariaDb_Tests(MariaDbFixture fixture) : FollowUpPlan_Tests<MariaDbFixture>(fixture);
