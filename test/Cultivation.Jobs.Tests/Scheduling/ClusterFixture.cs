using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Cultivation.Auditing;
using Cultivation.Contests;
using Cultivation.Data.Demo;
using Cultivation.Enterprises;
using Cultivation.FollowUps;
using Cultivation.Identity;
using Cultivation.Repositories;
using Cultivation.Scheduling;
using Cultivation.Timing;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace Cultivation.Jobs.Tests.Scheduling;

/// <summary>
/// One MariaDB database shared by real host processes with the clustered job store: migrated and seeded like
/// the DbMigrator does it (Quartz's tables included), with about a thousand award winners whose plans fall
/// due today. Today is made a working day in the holiday calendar, so the daily job works whatever day CI runs.
/// </summary>
public sealed class ClusterFixture : CultivationTestFixture
{
    public const int Enterprises = 9000;
    public const string NeverCron = "0 0 3 1 1 ? 2099";

    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    protected override string ProviderName => "MySql";

    /// <summary>Active plans due today: the reminders ("due today") the daily job must create, each exactly once.</summary>
    public int PlansDueToday { get; private set; }

    public static DateOnly Today => ShanghaiTime.Today(TimeProvider.System);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await QuartzSchema.CreateMySqlAsync(Database.ConnectionString);
        await SeedWinnersAsync();
        await MakeTodayAWorkingDayAsync();
        PlansDueToday = await ExecuteAsync($"""
            UPDATE AppFollowUpPlans SET NextDueDate = @today, EndsOn = @until, Status = {(int)FollowUpStatus.Active}, EscalationLevel = 0
            WHERE IsDeleted = 0
            """, ("today", Today), ("until", Today.AddYears(1)));
    }

    /// <summary>Starts a node of the cluster: the real host, its own process, sharing the database and the token key.</summary>
    public Task<HostProcess> StartNodeAsync(string instanceId, string dailyCron = NeverCron)
    {
        var settings = HostProcess.MySqlSettings(Database.ConnectionString, MariaDbTestDatabase.ServerVersion);
        settings["Jwt__SigningKey"] = _signingKey;
        settings["Jobs__Store"] = "Clustered";
        settings["Jobs__InstanceId"] = instanceId;
        settings["Jobs__ClusterCheckinMilliseconds"] = "1000";
        settings["Jobs__MisfireThresholdMilliseconds"] = "1000";
        settings["Jobs__DailyCron"] = dailyCron;
        settings["Jobs__DigestCron"] = NeverCron;
        settings["Jobs__OutboxIntervalSeconds"] = "3600";
        settings["Logging__LogLevel__Quartz"] = "Warning";
        return HostProcess.StartAsync(HostProcess.BuiltHostDll(), settings);
    }

    public async Task<HttpClient> AdminClientAsync(HostProcess node)
    {
        var client = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(30) };
        var response = await client.PostAsJsonAsync("/api/app/account/token", new TokenRequestDto { UserName = TestData.Users.Admin, Password = TestData.Password });
        response.EnsureSuccessStatusCode();
        var tokens = (await response.Content.ReadFromJsonAsync<TokenResultDto>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return client;
    }

    /// <summary>Forgets what earlier tests did: reminders, inboxes, job runs and the scheduler's own state (no node is running).</summary>
    public Task ResetAsync() => ExecuteAsync("""
        DELETE FROM AppReminders; DELETE FROM AppNotifications; DELETE FROM AppOutboxMessages; DELETE FROM AppJobRuns;
        DELETE FROM QRTZ_FIRED_TRIGGERS; DELETE FROM QRTZ_SIMPLE_TRIGGERS; DELETE FROM QRTZ_CRON_TRIGGERS; DELETE FROM QRTZ_SIMPROP_TRIGGERS;
        DELETE FROM QRTZ_BLOB_TRIGGERS; DELETE FROM QRTZ_TRIGGERS; DELETE FROM QRTZ_JOB_DETAILS; DELETE FROM QRTZ_SCHEDULER_STATE;
        """);

    public async Task<List<(string Node, JobRunOutcome Outcome, DateTime StartTime, DateTime? EndTime, string? Summary)>> RunsOfAsync(string jobName)
    {
        await using var connection = await OpenAsync();
        await using var command = new MySqlCommand("SELECT Node, Outcome, StartTime, EndTime, Summary FROM AppJobRuns WHERE JobName = @job ORDER BY StartTime", connection);
        command.Parameters.AddWithValue("job", jobName);
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<(string, JobRunOutcome, DateTime, DateTime?, string?)>();
        while (await reader.ReadAsync())
        {
            runs.Add((reader.GetString(0), (JobRunOutcome)reader.GetInt32(1), reader.GetDateTime(2),
                reader.IsDBNull(3) ? null : reader.GetDateTime(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
        return runs;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        return Convert.ToInt64(await new MySqlCommand(sql, connection).ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return await command.ExecuteNonQueryAsync();
    }

    private async Task<MySqlConnection> OpenAsync()
    {
        var connection = new MySqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private Task SeedWinnersAsync() => RunAsync(null, async sp =>
    {
        var editions = await EditionSeries.CreateAsync(sp, firstYear: 2022);
        var repository = sp.GetRequiredService<IEnterpriseRepository>();
        var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
        using (sp.GetRequiredService<IAuditingManager>().Suppress())
        {
            foreach (var chunk in new DemoEnterpriseGenerator(editions, seed: 11).Generate(Enterprises).Chunk(1000))
            {
                await repository.InsertManyAsync(chunk);
                await unitOfWork.SaveChangesAsync();
                unitOfWork.ClearLoadedEntities();
            }
        }
    });

    private Task MakeTodayAWorkingDayAsync() => RunAsync(null, async sp =>
    {
        var calendars = sp.GetRequiredService<IHolidayCalendarRepository>();
        var today = Today;
        var calendar = await calendars.FindByYearAsync(today.Year);
        var days = (calendar?.Days ?? []).Where(d => d.Date != today).ToList();
        if (today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            days.Add(new CalendarDay(today, CalendarDayKind.Workday, "集群测试调休"));
        }
        if (calendar is null)
        {
            await calendars.InsertAsync(new HolidayCalendar(Guid.CreateVersion7(), today.Year, "集群测试", days));
        }
        else
        {
            calendar.Update(calendar.Source, days);
        }
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    });
}
