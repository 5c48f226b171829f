using Cultivation.Notifications;
using Cultivation.Policies;
using Cultivation.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Cultivation.Jobs.Tests.Policies;

/// <summary>The daily title scan on a fake clock: reminders ahead of expiry once, then the lapse, set-based.</summary>
public abstract class PolicyTitleJob_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : JobsTestFixture
{
    private Task<PolicyTitleRunResult> RunAsync() => fixture.RunAsync(null, sp => sp.GetRequiredService<PolicyTitleRun>().RunAsync());

    private Task<EnterpriseTitleDto> TitleAsync(Guid id) => fixture.RunAsync(TestPrincipals.Admin, async sp =>
        (await sp.GetRequiredService<IEnterpriseTitleAppService>().GetListAsync(fixture.Ids.PudongCompany)).Items.Single(t => t.Id == id));

    [Fact]
    public async Task Should_remind_ahead_of_expiry_once_and_mark_the_title_lapsed_after_it()
    {
        // Granted 2022-08-15 for three years (2022-63): valid to 2025-07-31.
        var title = await fixture.CallAsync<IEnterpriseTitleAppService, EnterpriseTitleDto>(TestPrincipals.PudongOfficer, s => s.RecordAsync(fixture.Ids.PudongCompany,
            new RecordEnterpriseTitleDto { ProgrammeCode = "little-giant", GrantedOn = new DateOnly(2022, 8, 15), DocumentNumber = "工信部企业〔2022〕1号" }));
        title.ValidUntil.ShouldBe(new DateOnly(2025, 7, 31));

        var first = await RunAsync();
        (first.Lapsed, first.Reminders).ShouldBe((0, 1));
        first.Notified.ShouldBeGreaterThan(0);
        var reminders = await fixture.RunAsync(null, async sp => await sp.GetRequiredService<IAsyncQueryableExecuter>().ToListAsync(
            (await sp.GetRequiredService<IRepository<Notification, Guid>>().GetQueryableAsync()).Where(n => n.SourceKey.StartsWith("reminder:TitleExpiring:"))));
        reminders.ShouldAllBe(n => n.UserId == TestData.Users.PudongOfficerId && n.Title.Contains("称号即将到期"));
        reminders.Count.ShouldBe(1);
        (await RunAsync()).Reminders.ShouldBe(0);
        (await TitleAsync(title.Id)).Status.ShouldBe(EnterpriseTitleStatus.Active);

        // Its last valid day still holds; the day after, the scan marks it lapsed.
        fixture.Clock.SetUtcNow(new DateTimeOffset(2025, 7, 31, 1, 0, 0, TimeSpan.Zero));
        (await RunAsync()).Lapsed.ShouldBe(0);
        fixture.Clock.SetUtcNow(new DateTimeOffset(2025, 8, 1, 1, 0, 0, TimeSpan.Zero));
        (await RunAsync()).Lapsed.ShouldBe(1);
        var lapsed = await TitleAsync(title.Id);
        (lapsed.Status, lapsed.EndedOn, lapsed.NextUpdateDueOn).ShouldBe((EnterpriseTitleStatus.Lapsed, (DateOnly?)new DateOnly(2025, 8, 1), (DateOnly?)null));
        (await RunAsync()).Lapsed.ShouldBe(0);
    }

    [Fact]
    public async Task Should_be_registered_as_a_durable_quartz_job()
    {
        var scheduler = await fixture.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        (await scheduler.GetJobDetail(new JobKey(PolicyTitleJob.Name))).ShouldNotBeNull();
    }
}

public sealed class PolicyTitleJob_Sqlite_Tests(SqliteJobsFixture fixture) : PolicyTitleJob_Tests<SqliteJobsFixture>(fixture);

public sealed class PolicyTitleJob_MariaDb_Tests(MariaDbJobsFixture fixture) : PolicyTitleJob_Tests<MariaDbJobsFixture>(fixture);
