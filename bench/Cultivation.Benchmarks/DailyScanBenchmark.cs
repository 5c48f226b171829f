using System.Diagnostics;
using Cultivation.FollowUps;
using Cultivation.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MySqlConnector;

namespace Cultivation.Benchmarks;

/// <summary>
/// The daily follow-up scan over 100,000 active plans on MariaDB (bench/run.sh --daily-scan): the job's scan
/// (its five set-based statements through EF Core, in one transaction) against one hand-written INSERT … SELECT
/// creating the same reminders. Then the whole run once, notifications included, for information.
/// Targets: scan ≤ 2 s and ≤ 1.5× the single statement.
/// </summary>
public static class DailyScanBenchmark
{
    private const int Plans = 100_000;
    private const int Iterations = 7;
    // Tuesday 2025-06-03, 10:00 in Shanghai: a working day.
    private static readonly DateTimeOffset Now = new(2025, 6, 3, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2025, 6, 3);

    public static async Task<int> RunAsync(string server)
    {
        var connectionString = await BenchDatabase.PrepareAsync(server, Plans, reuse: true);
        await using var services = BenchDatabase.BuildServices(connectionString, new FakeTimeProvider(Now));
        await using var sql = new MySqlConnection(connectionString);
        await sql.OpenAsync();
        await CreatePlansAsync(sql);

        var scans = new List<double>();
        var statements = new List<double>();
        var raised = await services.RunAsync(null, async sp =>
            (await sp.GetRequiredService<WorkingDayCalendarProvider>().LoadAsync(Today)).SubtractWorkingDays(Today, FollowUpConsts.RequestReminderWorkingDays));
        var created = 0;
        long single = 0;
        for (var i = 0; i < Iterations; i++)
        {
            await ResetAsync(sql);
            var started = Stopwatch.GetTimestamp();
            created = await ScanAsync(services);
            scans.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            await ResetAsync(sql);
            started = Stopwatch.GetTimestamp();
            single = await ExecuteAsync(sql, SingleStatement, Parameters(raised));
            statements.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        if (created != single)
        {
            Console.WriteLine($"  the scan created {created} reminders, the single statement {single}: not the same selection");
            return 1;
        }

        await ResetAsync(sql);
        var breakdown = await BreakdownAsync(services, raised);

        await ResetAsync(sql);
        var full = Stopwatch.StartNew();
        var result = await services.RunAsync(null, sp => sp.GetRequiredService<FollowUpReminderRun>().RunAsync());
        full.Stop();

        var scanMedian = Median(scans);
        var sqlMedian = Median(statements);
        Console.WriteLine($"Daily follow-up scan, {Plans:N0} active plans on MariaDB, median of {Iterations}:");
        Console.WriteLine($"  job's scan    : {scanMedian:F0} ms, {created:N0} reminders (escalation mark and one INSERT … SELECT, one transaction)");
        Console.WriteLine($"  one statement : {sqlMedian:F0} ms (INSERT IGNORE … SELECT of the same {single:N0} reminders)");
        Console.WriteLine($"  scan's parts  : {breakdown}");
        Console.WriteLine($"  ratio         : {scanMedian / sqlMedian:F2}x   (targets: scan <= 2000 ms and <= 1.5x one statement)");
        Console.WriteLine($"  whole run     : {full.ElapsedMilliseconds} ms with notifications ({result})");
        var met = scanMedian <= 2000 && scanMedian <= 1.5 * sqlMedian;
        Console.WriteLine(met ? "  targets met" : "  TARGETS NOT MET");
        return met ? 0 : 1;
    }

    private static Task<int> ScanAsync(IServiceProvider services) => services.RunAsync(null, async sp =>
    {
        var run = sp.GetRequiredService<FollowUpReminderRun>();
        var calendar = await sp.GetRequiredService<WorkingDayCalendarProvider>().LoadAsync(Today);
        var created = 0;
        await sp.GetRequiredService<IUnitOfWork>().ExecuteInTransactionAsync(async ct =>
            created = await run.ScanAsync(Today, calendar, Guid.CreateVersion7(), Now.UtcDateTime, ct));
        return created;
    });

    /// <summary>Where the scan's time goes: the same store calls, each timed, in one transaction.</summary>
    private static Task<string> BreakdownAsync(IServiceProvider services, DateOnly raised) => services.RunAsync(null, async sp =>
    {
        var store = sp.GetRequiredService<IReminderStore>();
        var selection = new ReminderSelection(Today, Today.AddDays(FollowUpConsts.DueSoonDays), Today.AddDays(-FollowUpConsts.DefaultEscalationDays), raised);
        var runId = Guid.CreateVersion7();
        var parts = new List<string>();
        await sp.GetRequiredService<IUnitOfWork>().ExecuteInTransactionAsync(async ct =>
        {
            var clock = Stopwatch.StartNew();
            await store.EscalateAsync(selection, ct);
            parts.Add($"escalate {clock.ElapsedMilliseconds} ms");
            clock.Restart();
            await store.AddRemindersAsync(selection, runId, Now.UtcDateTime, ct);
            parts.Add($"insert {clock.ElapsedMilliseconds} ms");
        });
        return string.Join(", ", parts);
    });

    /// <summary>One active plan per enterprise (its latest award), due from 16 days ago to 83 days ahead.</summary>
    private static async Task CreatePlansAsync(MySqlConnection sql)
    {
        await ExecuteAsync(sql, "DELETE FROM AppReminders; DELETE FROM AppFollowUpPlans;", []);
        var inserted = await ExecuteAsync(sql, $"""
            INSERT INTO AppFollowUpPlans (Id, EnterpriseId, DistrictId, AwardRecordId, EditionId, CadenceDays, StartsOn, EndsOn,
                                          NextDueDate, Status, EscalationLevel, ConcurrencyStamp, CreationTime, IsDeleted)
            SELECT UUID(), a.EnterpriseId, a.DistrictId, a.Id, a.EditionId, 60, @start, @ends,
                   DATE_ADD(@today, INTERVAL CAST(CRC32(a.Id) % 100 AS SIGNED) - 16 DAY), {(int)FollowUpStatus.Active}, 0, UUID(), @now, 0
            FROM (SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r.EnterpriseId ORDER BY r.EditionYear DESC) AS n FROM AppAwardRecords r) a
            WHERE a.n = 1
            LIMIT {Plans}
            """, [("start", Today.AddYears(-1)), ("ends", Today.AddYears(2)), ("today", Today), ("now", Now.UtcDateTime)]);
        await ExecuteAsync(sql, "ANALYZE TABLE AppFollowUpPlans", []);
        Console.WriteLine($"{inserted:N0} active follow-up plans in place.");
    }

    private static Task<int> ResetAsync(MySqlConnection sql) =>
        ExecuteAsync(sql, "DELETE FROM AppReminders; UPDATE AppFollowUpPlans SET EscalationLevel = 0 WHERE EscalationLevel <> 0;", []);

    private static (string, object)[] Parameters(DateOnly raised) =>
    [
        ("run", Guid.CreateVersion7()), ("now", Now.UtcDateTime), ("today", Today), ("soon", Today.AddDays(FollowUpConsts.DueSoonDays)),
        ("escalate", Today.AddDays(-FollowUpConsts.DefaultEscalationDays)), ("raised", raised)
    ];

    // The same reminders as the scan's five statements, in one: every kind of plan reminder and the requests.
    private static readonly string SingleStatement = $"""
        INSERT IGNORE INTO AppReminders (SubjectId, DueDate, Kind, DistrictId, EnterpriseId, RunId, CreationTime)
        SELECT p.Id, p.NextDueDate, k.Kind, p.DistrictId, p.EnterpriseId, @run, @now
        FROM AppFollowUpPlans p
        JOIN (SELECT {(int)ReminderKind.DueSoon} AS Kind UNION ALL SELECT {(int)ReminderKind.DueToday} UNION ALL SELECT {(int)ReminderKind.Overdue}
              UNION ALL SELECT {(int)ReminderKind.Escalation}) k
          ON (k.Kind = {(int)ReminderKind.DueSoon} AND p.NextDueDate > @today)
          OR (k.Kind = {(int)ReminderKind.DueToday} AND p.NextDueDate = @today)
          OR (k.Kind = {(int)ReminderKind.Overdue} AND p.NextDueDate < @today)
          OR (k.Kind = {(int)ReminderKind.Escalation} AND p.NextDueDate < @escalate)
        WHERE p.IsDeleted = 0 AND p.Status = {(int)FollowUpStatus.Active} AND p.EndsOn >= @today AND p.NextDueDate <= @soon
        UNION ALL
        SELECT r.Id, r.RaisedOn, {(int)ReminderKind.RequestOverdue}, r.DistrictId, r.EnterpriseId, @run, @now
        FROM AppEnterpriseRequests r
        WHERE r.IsDeleted = 0 AND r.Status <> {(int)RequestStatus.Resolved} AND r.RaisedOn <= @raised
        """;

    private static async Task<int> ExecuteAsync(MySqlConnection sql, string text, (string Name, object Value)[] parameters)
    {
        await using var command = new MySqlCommand(text, sql) { CommandTimeout = 300 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return await command.ExecuteNonQueryAsync();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
