using Cultivation.Dtos;
using Cultivation.EntityFrameworkCore;
using Cultivation.FollowUps;
using Cultivation.Notifications;
using Cultivation.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cultivation.Application.Tests.Policies;

/// <summary>
/// Stage due dates through the daily reminder scan, on fake clocks: due soon, overdue, then escalated after five working
/// days; the district's stages tell the district's officer, the city's stages the municipal reviewers.
/// </summary>
public abstract class PolicyApplicationReminder_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private Task<ReminderRunResult> RunOnAsync(DateOnly day) => fixture.RunAsync(null, sp =>
        ActivatorUtilities.CreateInstance<FollowUpReminderRun>(sp, (TimeProvider)new FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8))))
            .RunAsync());

    private Task<List<(ReminderKind Kind, DateOnly DueDate)>> RemindersOfAsync(Guid subject) => fixture.RunAsync(null, async sp =>
        (await sp.GetRequiredService<CultivationDbContext>().Reminders.Where(r => r.SubjectId == subject).ToListAsync())
        .Select(r => (r.Kind, r.DueDate)).OrderBy(r => r.Kind).ToList());

    private Task<List<NotificationDto>> InboxAsync(System.Security.Claims.ClaimsPrincipal who, Guid applicationId) =>
        fixture.RunAsync(who, async sp => (await sp.GetRequiredService<INotificationAppService>().GetListAsync(new GetNotificationListInput { MaxResultCount = 1000 }))
            .Items.Where(n => n.Link == $"/policy-applications/{applicationId}").ToList());

    [Fact]
    public async Task Should_remind_before_the_due_date_then_overdue_then_escalate_to_the_right_people_once()
    {
        var batch = await PolicyPipelineSteps.NewBatchAsync(fixture.Services, Timing.ShanghaiTime.Today(fixture.Clock));
        // 浦东: recommended Tuesday 2025-06-03, materials due 10 working days later.
        var district = await PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.PudongOfficer, fixture.Ids.PudongCompany, batch.Id);
        district.StageDueOn.ShouldBe(new DateOnly(2025, 6, 17));
        // 徐汇: in the city's review, due 15 working days later.
        var city = await PolicyPipelineSteps.RecommendAsync(fixture.Services, TestPrincipals.XuhuiOfficer, fixture.Ids.XuhuiCompany, batch.Id);
        city = await PolicyPipelineSteps.AdvanceAsync(fixture.Services, TestPrincipals.XuhuiOfficer, city, PolicyApplicationStage.MunicipalReview);
        city.StageDueOn.ShouldBe(new DateOnly(2025, 6, 24));

        (await RunOnAsync(new DateOnly(2025, 6, 9))).Applications.ShouldBe(0);
        (await RemindersOfAsync(district.Id)).ShouldBeEmpty();

        await RunOnAsync(new DateOnly(2025, 6, 12));
        (await RemindersOfAsync(district.Id)).ShouldBe([(ReminderKind.ApplicationDueSoon, new DateOnly(2025, 6, 17))]);
        (await RemindersOfAsync(city.Id)).ShouldBeEmpty();
        (await InboxAsync(TestPrincipals.PudongOfficer, district.Id)).Single().Title.ShouldContain("上海测试智能科技有限公司");
        (await InboxAsync(TestPrincipals.Reviewer, district.Id)).ShouldBeEmpty();

        // The day after: overdue, not yet escalated; the city's application is due soon and tells the reviewers, not the district.
        await RunOnAsync(new DateOnly(2025, 6, 18));
        (await RemindersOfAsync(district.Id)).ShouldBe([(ReminderKind.ApplicationDueSoon, new DateOnly(2025, 6, 17)), (ReminderKind.ApplicationOverdue, new DateOnly(2025, 6, 17))]);
        (await RemindersOfAsync(city.Id)).ShouldBe([(ReminderKind.ApplicationDueSoon, new DateOnly(2025, 6, 24))]);
        (await InboxAsync(TestPrincipals.Reviewer, city.Id)).Count.ShouldBe(1);
        (await InboxAsync(TestPrincipals.XuhuiOfficer, city.Id)).ShouldBeEmpty();

        // Six working days overdue: escalated to the municipal reviewers; the city's application is overdue. Twice: once.
        await RunOnAsync(new DateOnly(2025, 6, 26));
        await RunOnAsync(new DateOnly(2025, 6, 26));
        (await RemindersOfAsync(district.Id)).Select(r => r.Kind).ShouldBe([ReminderKind.ApplicationDueSoon, ReminderKind.ApplicationOverdue, ReminderKind.ApplicationEscalation]);
        (await RemindersOfAsync(city.Id)).Select(r => r.Kind).ShouldBe([ReminderKind.ApplicationDueSoon, ReminderKind.ApplicationOverdue]);
        (await InboxAsync(TestPrincipals.Reviewer, district.Id)).Single().Title.ShouldContain("督办");
        (await InboxAsync(TestPrincipals.PudongOfficer, district.Id)).Count.ShouldBe(2);

        // On 06-18 the list shows the district's application overdue, to its officer only.
        fixture.Clock.SetUtcNow(new DateTimeOffset(2025, 6, 18, 2, 0, 0, TimeSpan.Zero));
        var overdue = await fixture.CallAsync<IPolicyApplicationAppService, PagedResultDto<PolicyApplicationSummaryDto>>(TestPrincipals.PudongOfficer,
            s => s.GetListAsync(new GetPolicyApplicationListInput { Overdue = true, BatchId = batch.Id }));
        overdue.Items.Single().ShouldSatisfyAllConditions(a => a.Id.ShouldBe(district.Id), a => a.IsOverdue.ShouldBeTrue());
        (await fixture.CallAsync<IPolicyApplicationAppService, PolicyApplicationSummaryCountsDto>(TestPrincipals.Reviewer, s => s.GetSummaryAsync())).Overdue.ShouldBe(1);
    }
}

public sealed class PolicyApplicationReminder_Sqlite_Tests(SqliteFixture fixture) : PolicyApplicationReminder_Tests<SqliteFixture>(fixture);

public sealed class PolicyApplicationReminder_MariaDb_Tests(MariaDbFixture fixture) : PolicyApplicationReminder_Tests<MariaDbFixture>(fixture);
