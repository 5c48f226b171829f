using System.Net.Http.Json;
using Cultivation.FollowUps;
using Cultivation.Timing;
using Xunit.Abstractions;

namespace Cultivation.Jobs.Tests.Scheduling;

/// <summary>
/// Two real host processes on one MariaDB with Quartz's clustered store, as the production profile runs them:
/// each reminder is created once, a node killed mid-run leaves the job to the other, and a fire time missed
/// while every node was down runs once when they are back.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class ClusteredScheduler_Tests(ClusterFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    private const string Daily = FollowUpReminderJob.Name;
    private static readonly string TriggerPath = $"/api/app/jobs/{Daily}/trigger";
    private static readonly string CountDueToday = $"SELECT COUNT(*) FROM AppReminders WHERE Kind = {(int)ReminderKind.DueToday}";
    private const string CountDuplicateNotifications = "SELECT COUNT(*) - COUNT(DISTINCT UserId, SourceKey) FROM AppNotifications";

    [Fact]
    public async Task Should_create_each_reminder_once_when_both_nodes_are_asked_to_run_the_daily_job_at_once()
    {
        await fixture.ResetAsync();
        await using var a = await fixture.StartNodeAsync("node-a");
        await using var b = await fixture.StartNodeAsync("node-b");
        using var clientA = await fixture.AdminClientAsync(a);
        using var clientB = await fixture.AdminClientAsync(b);

        var responses = await Task.WhenAll(clientA.PostAsync(TriggerPath, null), clientB.PostAsync(TriggerPath, null));

        responses.ShouldAllBe(r => r.IsSuccessStatusCode);
        await WaitUntilAsync(async () => (await fixture.RunsOfAsync(Daily)).Count(r => r.EndTime != null) == 2, "two finished runs");
        var runs = await fixture.RunsOfAsync(Daily);
        runs.ShouldAllBe(r => r.Outcome == JobRunOutcome.Succeeded);
        runs.ShouldContain(r => r.Summary!.StartsWith($"due soon 0, due today {fixture.PlansDueToday}, overdue 0,"));
        runs.ShouldContain(r => r.Summary!.Contains("due today 0,"));
        (await fixture.ScalarAsync(CountDueToday)).ShouldBe(fixture.PlansDueToday);
        (await fixture.ScalarAsync(CountDuplicateNotifications)).ShouldBe(0);
    }

    [Fact]
    public async Task Should_finish_on_the_other_node_the_run_of_a_node_killed_in_the_middle_of_it()
    {
        await fixture.ResetAsync();
        await using var a = await fixture.StartNodeAsync("node-a");
        await using var b = await fixture.StartNodeAsync("node-b");
        var nodes = new Dictionary<string, HostProcess> { ["node-a"] = a, ["node-b"] = b };
        using var client = await fixture.AdminClientAsync(a);

        (await client.PostAsync(TriggerPath, null)).EnsureSuccessStatusCode();
        var running = await WaitForAsync(async () => (await fixture.RunsOfAsync(Daily)).Cast<(string Node, JobRunOutcome Outcome, DateTime, DateTime?, string?)?>()
            .FirstOrDefault(r => r!.Value.Outcome == JobRunOutcome.Running), "a run in progress");
        var victim = running.Node;
        await nodes[victim].KillAsync();
        var survivor = nodes.Keys.Single(n => n != victim);

        (await fixture.RunsOfAsync(Daily)).Single(r => r.Node == victim).EndTime.ShouldBeNull("the node must die before its run ends");
        await WaitUntilAsync(async () => (await fixture.RunsOfAsync(Daily)).Any(r => r.Node == survivor && r.EndTime != null), "the recovered run");
        var runs = await fixture.RunsOfAsync(Daily);
        runs.Single(r => r.Node == victim).Outcome.ShouldBe(JobRunOutcome.Interrupted);
        var recovered = runs.Single(r => r.Node == survivor);
        output.WriteLine($"{fixture.PlansDueToday} plans due; {victim} killed; {survivor} recovered the run in {(recovered.EndTime - recovered.StartTime)!.Value.TotalMilliseconds:F0} ms.");
        recovered.Outcome.ShouldBe(JobRunOutcome.Succeeded);
        recovered.Summary.ShouldNotBeNull().ShouldContain($"due today {fixture.PlansDueToday},");
        (await fixture.ScalarAsync(CountDueToday)).ShouldBe(fixture.PlansDueToday);
        (await fixture.ScalarAsync(CountDuplicateNotifications)).ShouldBe(0);
    }

    [Fact]
    public async Task Should_run_once_when_the_nodes_return_after_all_were_down_over_its_fire_times()
    {
        await fixture.ResetAsync();
        // Five fire times, two seconds apart, far enough ahead for both nodes to start, store them and stop.
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, ShanghaiTime.Zone);
        var first = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, now.Offset).AddSeconds(60);
        if (first.Second > 50)
        {
            first = first.AddSeconds(60 - first.Second);
        }
        var last = first.AddSeconds(8);
        // Daily at that minute, like the real schedule: the trigger keeps a next fire time (tomorrow) after the catch-up,
        // so a node that starts after another already caught up finds it stored rather than finished.
        var cron = $"{first.Second}-{last.Second}/2 {first.Minute} {first.Hour} * * ?";

        await using (var a = await fixture.StartNodeAsync("node-a", cron))
        await using (var b = await fixture.StartNodeAsync("node-b", cron))
        {
            await a.StopAsync();
            await b.StopAsync();
        }
        DateTimeOffset.UtcNow.ShouldBeLessThan(first, "both nodes must be down before the first fire time");
        await Task.Delay(last - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3));
        (await fixture.RunsOfAsync(Daily)).ShouldBeEmpty();

        await using var a2 = await fixture.StartNodeAsync("node-a", cron);
        await using var b2 = await fixture.StartNodeAsync("node-b", cron);
        await WaitUntilAsync(async () => (await fixture.RunsOfAsync(Daily)).Any(r => r.EndTime != null), "the catch-up run");
        await Task.Delay(TimeSpan.FromSeconds(8)); // time enough for a second, wrong, catch-up run

        var runs = await fixture.RunsOfAsync(Daily);
        runs.Count.ShouldBe(1, "five missed fire times, one run");
        runs[0].Outcome.ShouldBe(JobRunOutcome.Succeeded);
        (await fixture.ScalarAsync(CountDueToday)).ShouldBe(fixture.PlansDueToday);
    }

    [Fact]
    public async Task Should_replace_a_stored_schedule_that_changed_in_the_configuration()
    {
        await fixture.ResetAsync();
        await using (var before = await fixture.StartNodeAsync("node-a", "0 30 8 * * ?"))
        {
            await before.StopAsync();
        }

        await using var after = await fixture.StartNodeAsync("node-a", "0 0 7 * * ?");
        using var client = await fixture.AdminClientAsync(after);
        var jobs = await client.GetFromJsonAsync<List<ScheduledJobDto>>("/api/app/jobs",
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } });

        jobs.ShouldNotBeNull().Single(j => j.Name == Daily).Schedule.ShouldBe("0 0 7 * * ? (Asia/Shanghai)");
    }

    [Fact]
    public async Task Should_run_an_import_uploaded_to_one_node_as_a_job_of_the_cluster()
    {
        await fixture.ResetAsync();
        await using var a = await fixture.StartNodeAsync("node-a");
        await using var b = await fixture.StartNodeAsync("node-b");
        using var client = await fixture.AdminClientAsync(a);
        var csv = System.Text.Encoding.UTF8.GetBytes($"企业名称,统一社会信用代码,所属区\r\n集群导入测试有限公司,{"91310115MA7B000310".FixCheck()},浦东\r\n");
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(csv), "file", "集群导入.csv" },
            { new StringContent(nameof(Imports.ImportKind.ContestResults)), "kind" }
        };

        var uploaded = await client.PostAsync("/api/app/imports", content);

        uploaded.EnsureSuccessStatusCode();
        var id = (await uploaded.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        await WaitUntilAsync(async () => (await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/app/imports/{id}")).GetProperty("status").GetString()
            == nameof(Imports.ImportStatus.Validated), "the import validated by a node of the cluster");
        await WaitUntilAsync(async () => (await fixture.RunsOfAsync(Imports.ImportJob.Name)).Any(r => r.EndTime != null), "the recorded run");
        (await fixture.RunsOfAsync(Imports.ImportJob.Name)).ShouldHaveSingleItem().Outcome.ShouldBe(JobRunOutcome.Succeeded);
        // A one-off trigger leaves the store once its job completed.
        await WaitUntilAsync(async () => await fixture.ScalarAsync("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE JOB_NAME = 'imports'") == 0, "no trigger left");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what) =>
        await WaitForAsync(async () => await condition() ? true : (bool?)null, what);

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, string what)
        where T : struct
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } found)
            {
                return found;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException($"Waited 120 s for {what}.");
    }
}
