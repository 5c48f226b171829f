using Cultivation.Dtos;
using Cultivation.Exceptions;
using Cultivation.FollowUps;
using Cultivation.Identity;
using Cultivation.Notifications;
using Cultivation.Scheduling;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cultivation.Jobs.Tests.Scheduling;

/// <summary>The scheduler as one embedded node runs it: in-memory store, the real Quartz, runs recorded in the database.</summary>
public abstract class Scheduler_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : JobsTestFixture
{
    [Fact]
    public async Task Should_run_a_job_now_when_an_administrator_asks_and_record_what_it_did()
    {
        await fixture.StartedSchedulerAsync();
        var earlier = await RunIdsAsync(FollowUpReminderJob.Name);

        await fixture.CallAsync<IJobAdminAppService>(TestPrincipals.Admin, s => s.TriggerAsync(FollowUpReminderJob.Name));

        // Other tests of the class run this job too, at the same instant of the stopped clock: this run is the new one.
        var run = await WaitForFinishedRunAsync(FollowUpReminderJob.Name, except: earlier);
        run.Outcome.ShouldBe(JobRunOutcome.Succeeded);
        run.Summary.ShouldStartWith("due soon");
        var jobs = await fixture.CallAsync<IJobAdminAppService, List<ScheduledJobDto>>(TestPrincipals.Admin, s => s.GetListAsync());
        var daily = jobs.Single(j => j.Name == FollowUpReminderJob.Name);
        daily.Schedule.ShouldBe("0 30 8 * * ? (Asia/Shanghai)");
        var now = fixture.Clock.GetUtcNow().UtcDateTime; // Quartz keeps the application's clock
        var next0830 = now.Date.AddMinutes(30) > now ? now.Date.AddMinutes(30) : now.Date.AddDays(1).AddMinutes(30); // 08:30 in Shanghai is 00:30 UTC
        daily.NextFireTime.ShouldBe(next0830);
        daily.LastRun.ShouldNotBeNull().Id.ShouldBe(run.Id);
        jobs.Select(j => j.Name).ShouldContain(WeeklyDigestJob.Name);
        jobs.Select(j => j.Name).ShouldContain(OutboxDeliveryJob.Name);
    }

    [Fact]
    public async Task Should_record_a_failed_run_and_alert_the_administrators_in_their_inbox()
    {
        await fixture.StartedSchedulerAsync();

        await fixture.CallAsync<IJobAdminAppService>(TestPrincipals.Admin, s => s.TriggerAsync(FailingJob.Name));

        var run = await WaitForFinishedRunAsync(FailingJob.Name);
        run.Outcome.ShouldBe(JobRunOutcome.Failed);
        run.Error.ShouldNotBeNull().ShouldContain("数据库连接中断");
        var admin = await fixture.RunAsync(null, async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(TestData.Users.Admin))!.Id);
        var inbox = await fixture.CallAsync<INotificationAppService, PagedResultDto<NotificationDto>>(
            TestPrincipals.Create(TestData.Users.Admin, CultivationRoles.MunicipalAdmin, userId: admin),
            s => s.GetListAsync(new GetNotificationListInput { MaxResultCount = 100 }));
        inbox.Items.ShouldContain(n => n.Title.Contains(FailingJob.Name) && n.Link == "/admin/jobs" && n.ReadTime == null);
    }

    [Fact]
    public async Task Should_refuse_to_run_a_job_that_does_not_exist()
    {
        var error = await Should.ThrowAsync<BusinessException>(() =>
            fixture.CallAsync<IJobAdminAppService>(TestPrincipals.Admin, s => s.TriggerAsync("no-such-job")));
        error.Code.ShouldBe(CultivationDomainErrorCodes.UnknownJob);
    }

    [Fact]
    public async Task Should_report_degraded_readiness_when_the_daily_job_has_not_completed_for_26_hours()
    {
        Task<HealthCheckResult> CheckAsync() => fixture.RunAsync(null, sp =>
            ActivatorUtilities.CreateInstance<SchedulerHealthCheck>(sp).CheckHealthAsync(new HealthCheckContext()));

        (await CheckAsync()).Status.ShouldBe(HealthStatus.Healthy);
        fixture.Clock.Advance(TimeSpan.FromHours(27));
        var stale = await CheckAsync();
        stale.Status.ShouldBe(HealthStatus.Degraded);
        stale.Description.ShouldNotBeNull().ShouldContain("has not completed");

        await fixture.StartedSchedulerAsync();
        await fixture.CallAsync<IJobAdminAppService>(TestPrincipals.Admin, s => s.TriggerAsync(FollowUpReminderJob.Name));
        await WaitForFinishedRunAsync(FollowUpReminderJob.Name, after: fixture.Clock.GetUtcNow().UtcDateTime);
        (await CheckAsync()).Status.ShouldBe(HealthStatus.Healthy);
    }

    private async Task<HashSet<Guid>> RunIdsAsync(string jobName) =>
        (await fixture.CallAsync<IJobAdminAppService, List<JobRunDto>>(TestPrincipals.Admin, s => s.GetRunsAsync(jobName))).Select(r => r.Id).ToHashSet();

    private async Task<JobRunDto> WaitForFinishedRunAsync(string jobName, DateTime? after = null, IReadOnlySet<Guid>? except = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var runs = await fixture.CallAsync<IJobAdminAppService, List<JobRunDto>>(TestPrincipals.Admin, s => s.GetRunsAsync(jobName));
            if (runs.FirstOrDefault(r => r.EndTime is not null && (after is null || r.StartTime >= after) && except?.Contains(r.Id) != true) is { } run)
            {
                return run;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{jobName} did not finish a run within 30 s.");
    }
}

public sealed class Scheduler_Sqlite_Tests(SqliteJobsFixture fixture) : Scheduler_Tests<SqliteJobsFixture>(fixture);

public sealed class Scheduler_MariaDb_Tests(MariaDbJobsFixture fixture) : Scheduler_Tests<MariaDbJobsFixture>(fixture);
