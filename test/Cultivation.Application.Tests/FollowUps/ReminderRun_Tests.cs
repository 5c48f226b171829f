using Cultivation.Districts;
using Cultivation.Dtos;
using Cultivation.EntityFrameworkCore;
using Cultivation.FollowUps;
using Cultivation.Identity;
using Cultivation.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cultivation.Application.Tests.FollowUps;

/// <summary>The daily scan, at the fixture's time: Tuesday 2025-06-03, 10:00 in Shanghai (a working day).</summary>
public abstract class ReminderRun_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private Task<ReminderRunResult> RunAsync(TimeProvider? clock = null) => fixture.RunAsync(null, sp =>
        (clock is null ? sp.GetRequiredService<FollowUpReminderRun>() : ActivatorUtilities.CreateInstance<FollowUpReminderRun>(sp, clock)).RunAsync());

    private Task<List<Reminder>> RemindersOfAsync(params Guid[] subjects) => fixture.RunAsync(null, sp =>
        sp.GetRequiredService<CultivationDbContext>().Reminders.Where(r => subjects.Contains(r.SubjectId)).ToListAsync());

    [Fact]
    public async Task Should_remind_due_soon_due_today_overdue_and_escalate_once_however_often_it_runs()
    {
        var (soon, soonPlan) = await fixture.NewWinnerAsync();
        var (today, todayPlan) = await fixture.NewWinnerAsync();
        var (late, latePlan) = await fixture.NewWinnerAsync();
        var (fine, finePlan) = await fixture.NewWinnerAsync();
        await fixture.MakeDueAsync(soon.Id, new DateOnly(2025, 5, 20), new DateOnly(2025, 6, 5));
        await fixture.MakeDueAsync(today.Id, new DateOnly(2025, 5, 20), new DateOnly(2025, 6, 3));
        await fixture.MakeDueAsync(late.Id, new DateOnly(2025, 4, 1), null);   // +30 = 05-01, a holiday: due 05-06, 28 days overdue
        await fixture.MakeDueAsync(fine.Id, new DateOnly(2025, 6, 1), null);   // due 07-01

        await RunAsync();
        await RunAsync();

        var reminders = await RemindersOfAsync(soonPlan.Id, todayPlan.Id, latePlan.Id, finePlan.Id);
        reminders.Where(r => r.SubjectId == soonPlan.Id).Select(r => (r.Kind, r.DueDate)).ShouldBe([(ReminderKind.DueSoon, new DateOnly(2025, 6, 5))]);
        reminders.Where(r => r.SubjectId == todayPlan.Id).Select(r => r.Kind).ShouldBe([ReminderKind.DueToday]);
        reminders.Where(r => r.SubjectId == latePlan.Id).Select(r => r.Kind).Order().ShouldBe([ReminderKind.Overdue, ReminderKind.Escalation]);
        reminders.ShouldNotContain(r => r.SubjectId == finePlan.Id);

        var escalated = await fixture.CallAsync<IFollowUpPlanAppService, FollowUpPlanDto>(TestPrincipals.PudongOfficer, s => s.GetAsync(latePlan.Id));
        escalated.EscalationLevel.ShouldBe(1);
        // Logging a service ends the escalation.
        var after = await fixture.MakeDueAsync(late.Id, new DateOnly(2025, 6, 3), null);
        after.Plans.Single().EscalationLevel.ShouldBe(0);
    }

    [Fact]
    public async Task Should_create_each_reminder_once_when_two_schedulers_run_at_the_same_time()
    {
        var (enterprise, plan) = await fixture.NewWinnerAsync();
        await fixture.MakeDueAsync(enterprise.Id, new DateOnly(2025, 5, 20), new DateOnly(2025, 6, 4));

        await Task.WhenAll(RunAsync(), RunAsync());

        (await RemindersOfAsync(plan.Id)).Count.ShouldBe(1);
        var notifications = await fixture.RunAsync(null, sp => sp.GetRequiredService<CultivationDbContext>().Notifications
            .Where(n => n.SourceKey.Contains(plan.Id.ToString("N"))).ToListAsync());
        notifications.Count.ShouldBe(notifications.Select(n => n.UserId).Distinct().Count());
        notifications.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_tell_the_districts_officers_and_on_escalation_the_municipal_reviewers()
    {
        var (enterprise, plan) = await fixture.NewWinnerAsync();
        await fixture.MakeDueAsync(enterprise.Id, new DateOnly(2025, 3, 1), null);
        await RunAsync();

        var officerInbox = await fixture.CallAsync<INotificationAppService, PagedResultDto<NotificationDto>>(TestPrincipals.PudongOfficer,
            s => s.GetListAsync(new GetNotificationListInput { MaxResultCount = 1000 }));
        officerInbox.Items.ShouldContain(n => n.Title.Contains(enterprise.Name) && n.Link == $"/enterprises/{enterprise.Id}");
        var reviewerInbox = await fixture.CallAsync<INotificationAppService, PagedResultDto<NotificationDto>>(TestPrincipals.Reviewer,
            s => s.GetListAsync(new GetNotificationListInput { MaxResultCount = 1000 }));
        reviewerInbox.Items.ShouldContain(n => n.Title.Contains(enterprise.Name) && n.Title.Contains("超过14天"));
        // Nobody reads another district's reminders.
        var xuhuiInbox = await fixture.CallAsync<INotificationAppService, PagedResultDto<NotificationDto>>(TestPrincipals.XuhuiOfficer,
            s => s.GetListAsync(new GetNotificationListInput { MaxResultCount = 1000 }));
        xuhuiInbox.Items.ShouldNotContain(n => n.Title.Contains(enterprise.Name));
    }

    [Fact]
    public async Task Should_tell_nothing_more_to_a_former_officer_of_the_district()
    {
        var former = await NewPudongOfficerAsync("former");
        await AssignPudongOfficersAsync(former.Id);
        try
        {
            // Assigned the plan and told of escalations, then re-roled to investor before the reminders are due.
            var (enterprise, plan) = await fixture.NewWinnerAsync();
            plan.OfficerId.ShouldBe(former.Id);
            await fixture.MakeDueAsync(enterprise.Id, new DateOnly(2025, 3, 1), null);
            var formerStamp = (await fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin, s => s.GetAsync(former.Id))).ConcurrencyStamp;
            await fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin, s => s.UpdateAsync(former.Id, new UpdateUserDto
            {
                ConcurrencyStamp = formerStamp,
                DisplayName = former.DisplayName, Roles = [CultivationRoles.Investor], InstitutionId = TestData.InvestorInstitutionId
            }));

            await RunAsync();

            var formerInbox = await fixture.RunAsync(null, sp => sp.GetRequiredService<CultivationDbContext>().Notifications
                .Where(n => n.UserId == former.Id).ToListAsync());
            formerInbox.ShouldBeEmpty();
            // The district's current officers and the reviewers are told instead.
            var officerInbox = await fixture.CallAsync<INotificationAppService, PagedResultDto<NotificationDto>>(TestPrincipals.PudongOfficer,
                s => s.GetListAsync(new GetNotificationListInput { MaxResultCount = 1000 }));
            officerInbox.Items.ShouldContain(n => n.Title.Contains(enterprise.Name));
            var reviewerInbox = await fixture.CallAsync<INotificationAppService, PagedResultDto<NotificationDto>>(TestPrincipals.Reviewer,
                s => s.GetListAsync(new GetNotificationListInput { MaxResultCount = 1000 }));
            reviewerInbox.Items.ShouldContain(n => n.Title.Contains(enterprise.Name) && n.Title.Contains("超过14天"));
        }
        finally
        {
            await AssignPudongOfficersAsync(null);
        }
    }

    [Fact]
    public async Task Should_count_in_a_digest_only_the_plans_of_the_district_an_officer_serves_now()
    {
        var moved = await NewPudongOfficerAsync("moved");
        await AssignPudongOfficersAsync(moved.Id);
        try
        {
            await fixture.NewWinnerAsync();
            var movedStamp = (await fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin, s => s.GetAsync(moved.Id))).ConcurrencyStamp;
            await fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin, s => s.UpdateAsync(moved.Id, new UpdateUserDto
            {
                ConcurrencyStamp = movedStamp,
                DisplayName = moved.DisplayName, Roles = [CultivationRoles.DistrictOfficer], DistrictId = TestData.XuhuiId
            }));

            // A week of its own, so the once-a-week digest of the other tests is not taken.
            var aLaterMonday = new FakeTimeProvider(new DateTimeOffset(2025, 9, 8, 1, 0, 0, TimeSpan.Zero));
            await fixture.RunAsync(null, sp => ActivatorUtilities.CreateInstance<WeeklyDigestRun>(sp, (TimeProvider)aLaterMonday).RunAsync());

            var inbox = await fixture.RunAsync(null, sp => sp.GetRequiredService<CultivationDbContext>().Notifications
                .Where(n => n.UserId == moved.Id).ToListAsync());
            inbox.ShouldBeEmpty(); // nothing of 浦东新区's, and no plan or request of 徐汇区 yet
        }
        finally
        {
            await AssignPudongOfficersAsync(null);
        }
    }

    private Task<IdentityUserDto> NewPudongOfficerAsync(string prefix) =>
        fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateUserDto
        {
            UserName = $"{prefix}-{Guid.NewGuid():N}"[..20], DisplayName = prefix, Password = TestData.Password,
            Roles = [CultivationRoles.DistrictOfficer], DistrictId = TestData.PudongId
        }));

    private Task AssignPudongOfficersAsync(Guid? officerId) =>
        fixture.CallAsync<IDistrictAppService, DistrictDto>(TestPrincipals.Admin,
            s => s.AssignOfficersAsync(TestData.PudongId, new AssignDistrictOfficersDto { DefaultOfficerId = officerId, LeadUserId = officerId }));

    [Fact]
    public async Task Should_remind_the_owner_of_a_request_unresolved_after_fifteen_working_days()
    {
        var (enterprise, _) = await fixture.NewWinnerAsync();
        var old = await fixture.MakeDueAsync(enterprise.Id, new DateOnly(2025, 5, 8), null,
            new NewRequestDto { Description = "需要人才公寓", Category = ServiceCategory.Talent });
        var fresh = await fixture.MakeDueAsync(enterprise.Id, new DateOnly(2025, 5, 26), null,
            new NewRequestDto { Description = "需要厂房", Category = ServiceCategory.Incubation });
        await RunAsync();

        (await RemindersOfAsync(old.Requests.Single().Id)).Single().Kind.ShouldBe(ReminderKind.RequestOverdue);
        (await RemindersOfAsync(fresh.Requests.Single().Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_skip_a_day_that_is_not_a_working_day()
    {
        // 2025-10-02 is in the National Day holiday.
        var result = await RunAsync(new FakeTimeProvider(new DateTimeOffset(2025, 10, 2, 0, 30, 0, TimeSpan.Zero)));
        result.Skipped.ShouldBeTrue();
        (await RunAsync(new FakeTimeProvider(new DateTimeOffset(2025, 9, 28, 0, 30, 0, TimeSpan.Zero)))).Skipped.ShouldBeFalse(); // a worked Sunday
    }

    [Fact]
    public async Task Should_send_each_person_one_digest_a_week()
    {
        await fixture.NewWinnerAsync();
        var first = await fixture.RunAsync(null, sp => sp.GetRequiredService<WeeklyDigestRun>().RunAsync());
        var second = await fixture.RunAsync(null, sp => sp.GetRequiredService<WeeklyDigestRun>().RunAsync());
        first.ShouldBeGreaterThan(0);
        second.ShouldBe(0);
        var reviewer = await fixture.CallAsync<INotificationAppService, PagedResultDto<NotificationDto>>(TestPrincipals.Reviewer,
            s => s.GetListAsync(new GetNotificationListInput { MaxResultCount = 1000 }));
        reviewer.Items.ShouldContain(n => n.Title.StartsWith("各区跟踪覆盖情况") && n.Body.Contains("浦东新区"));
    }

    [Fact]
    public async Task Should_report_coverage_by_district()
    {
        var (enterprise, _) = await fixture.NewWinnerAsync();
        await fixture.MakeDueAsync(enterprise.Id, new DateOnly(2025, 5, 10), null, new NewRequestDto { Description = "融资", Category = ServiceCategory.Financing });
        var report = await fixture.CallAsync<ICoverageAppService, CoverageReportDto>(TestPrincipals.Reviewer,
            s => s.GetAsync(new GetCoverageInput { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 6, 30) }));
        report.Districts.Count.ShouldBe(16);
        var pudong = report.Districts.Single(d => d.DistrictId == TestData.PudongId);
        pudong.ActivePlans.ShouldBeGreaterThan(pudong.OverduePlans);
        pudong.Services.ShouldBeGreaterThanOrEqualTo(1);
        pudong.RequestsRaised.ShouldBeGreaterThanOrEqualTo(1);
        pudong.OnScheduleRate.ShouldNotBeNull();

        var own = await fixture.CallAsync<ICoverageAppService, CoverageReportDto>(TestPrincipals.XuhuiOfficer,
            s => s.GetAsync(new GetCoverageInput { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 6, 30) }));
        own.Districts.Select(d => d.DistrictId).ShouldBe([TestData.XuhuiId]);
    }
}

public sealed class ReminderRun_Sqlite_Tests(SqliteFixture fixture) : ReminderRun_Tests<SqliteFixture>(fixture);

public sealed class ReminderRun_MariaDb_Tests(MariaDbFixture fixture) : ReminderRun_Tests<MariaDbFixture>(fixture);
