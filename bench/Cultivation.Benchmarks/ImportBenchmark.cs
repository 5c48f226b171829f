using System.Diagnostics;
using System.Security.Claims;
using Cultivation.Contests;
using Cultivation.Data;
using Cultivation.EntityFrameworkCore.MySql;
using Cultivation.Identity;
using Cultivation.Imports;
using Cultivation.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MiniExcelLibs;

namespace Cultivation.Benchmarks;

/// <summary>
/// The contest-results import on MariaDB, in process with the real container and its background worker: a
/// 10,000-row workbook uploaded, validated (report and preview) and committed (one transaction), timed from
/// the upload to the committed state. Run twice: once creating every enterprise, once changing half of them.
///   bench/run.sh --import            (BENCH_IMPORT_ROWS to change the size)
/// </summary>
public static class ImportBenchmark
{
    private static readonly string[] Districts = ["浦东", "310104", "黄浦区", "静安", "Minhang", "徐汇区", "杨浦", "310112"];

    public static async Task<int> RunAsync(string server, int rows)
    {
        var connectionString = new MySqlConnector.MySqlConnectionStringBuilder(server) { Database = "cultivation_bench_import" }.ConnectionString;
        await using (var drop = new MySqlConnector.MySqlConnection(server))
        {
            await drop.OpenAsync();
            await new MySqlConnector.MySqlCommand("DROP DATABASE IF EXISTS cultivation_bench_import", drop).ExecuteNonQueryAsync();
        }
        await using var services = BuildServices(connectionString);
        await services.RunAsync(null, sp => sp.GetRequiredService<CultivationDbMigrationService>().MigrateAsync(new DataSeedContext()));
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }
        services.GetRequiredService<TestHostLifetime>().NotifyStarted();
        var admin = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(CultivationClaimTypes.UserId, Guid.CreateVersion7().ToString()),
            new Claim(CultivationClaimTypes.UserName, "bench-admin"),
            new Claim(CultivationClaimTypes.Role, CultivationRoles.MunicipalAdmin)
        ], "Bench", CultivationClaimTypes.UserName, CultivationClaimTypes.Role));
        var edition = await services.RunAsync(admin, sp => sp.GetRequiredService<IContestEditionAppService>().CreateAsync(new CreateUpdateContestEditionDto
        {
            Year = 2030,
            Name = "基准测试届次",
            Tracks =
            [
                new ContestTrackDto
                {
                    Track = ContestTrack.Enterprise,
                    PrizeQuotas = [new PrizeQuotaDto { Level = PrizeLevel.First, Quota = 2 }, new PrizeQuotaDto { Level = PrizeLevel.Excellence, Quota = null }]
                }
            ],
            Stages =
            [
                new ContestStageDto { Stage = ContestStage.Final, StartDate = new DateOnly(2030, 9, 1), EndDate = new DateOnly(2030, 9, 30) }
            ]
        }));

        Console.WriteLine($"Import benchmark on MariaDB: {rows:N0} rows of contest results (enterprise, entry and outcome per row).");
        await TimeAsync(services, admin, "warm-up (200 rows)", Workbook(200, 900_000, changed: false), edition.Id, quiet: true);
        var create = await TimeAsync(services, admin, "create", Workbook(rows, 0, changed: false), edition.Id, quiet: false);
        var update = await TimeAsync(services, admin, "update half", Workbook(rows, 0, changed: true), edition.Id, quiet: false);

        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }
        var met = create.Total <= TimeSpan.FromSeconds(10) && update.Total <= TimeSpan.FromSeconds(10);
        Console.WriteLine(met ? "  target met (validate + commit <= 10 s)" : "  TARGET NOT MET (validate + commit <= 10 s)");
        return met ? 0 : 1;
    }

    private static async Task<(TimeSpan Validate, TimeSpan Commit, TimeSpan Total)> TimeAsync(
        IServiceProvider services, ClaimsPrincipal admin, string label, byte[] file, Guid editionId, bool quiet)
    {
        var started = Stopwatch.GetTimestamp();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var batch = await services.RunAsync(admin, sp => sp.GetRequiredService<IImportAppService>().UploadAsync(
            new UploadImportInput { Kind = ImportKind.ContestResults, EditionId = editionId },
            new ImportFileInput("bench.xlsx", file.Length, new MemoryStream(file))));
        batch = await WaitAsync(services, admin, batch.Id);
        var validated = Stopwatch.GetElapsedTime(started);
        if (batch.Status != ImportStatus.Validated || !batch.CanCommit)
        {
            throw new InvalidOperationException($"{label}: {batch.Status}, {batch.ErrorRows} error rows {batch.Failure?.MessageEn}");
        }
        var committing = Stopwatch.GetTimestamp();
        await services.RunAsync(admin, sp => sp.GetRequiredService<IImportAppService>().CommitAsync(batch.Id));
        batch = await WaitAsync(services, admin, batch.Id);
        var committed = Stopwatch.GetElapsedTime(committing);
        if (batch.Status != ImportStatus.Committed)
        {
            throw new InvalidOperationException($"{label}: commit ended {batch.Status}: {batch.Failure?.MessageEn}");
        }
        var total = Stopwatch.GetElapsedTime(started);
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        if (!quiet)
        {
            Console.WriteLine($"  {label,-12}: {batch.CreateRows:N0} created, {batch.UpdateRows:N0} changed, {batch.UnchangedRows:N0} unchanged; " +
                              $"upload + validate {validated.TotalSeconds:F2} s, commit {committed.TotalSeconds:F2} s, total {total.TotalSeconds:F2} s " +
                              $"(this process used {cpuUsed.TotalSeconds:F2} s of CPU; load average {Machine.LoadAverage()})");
        }
        return (validated, committed, total);
    }

    private static async Task<ImportBatchDto> WaitAsync(IServiceProvider services, ClaimsPrincipal admin, Guid id)
    {
        while (true)
        {
            var progress = await services.RunAsync(admin, sp => sp.GetRequiredService<IImportAppService>().GetProgressAsync(id));
            if (!progress.IsInProgress)
            {
                return await services.RunAsync(admin, sp => sp.GetRequiredService<IImportAppService>().GetAsync(id));
            }
            await Task.Delay(100);
        }
    }

    /// <summary>A workbook as organisers send them: districts and dates written every which way, amounts in 万元.</summary>
    private static byte[] Workbook(int rows, int offset, bool changed)
    {
        var sheet = new List<Dictionary<string, object?>>(rows);
        for (var i = 0; i < rows; i++)
        {
            var n = offset + i;
            var change = changed && i % 2 == 0;
            sheet.Add(new Dictionary<string, object?>
            {
                ["企业名称"] = $"基准导入科技有限公司{n:D6}",
                ["统一社会信用代码"] = CreditCode(n),
                ["所属区"] = Districts[n % Districts.Length],
                ["成立日期"] = (n % 3) switch { 0 => new DateTime(2015 + n % 8, 1 + n % 12, 1 + n % 28), 1 => $"{2015 + n % 8}年{1 + n % 12}月{1 + n % 28}日", _ => $"{2015 + n % 8}/{1 + n % 12}/{1 + n % 28}" },
                ["注册资本（万元）"] = 100 + n % 900,
                ["地址"] = change ? $"上海市测试路{n}号（新址）" : $"上海市测试路{n}号",
                ["负责人"] = $"负责人{n % 500}",
                ["负责人性别"] = n % 2 == 0 ? "男" : "女",
                ["组别"] = "企业组",
                ["最远赛程"] = n % 5 == 0 ? "决赛" : n % 5 == 1 ? "复赛" : "预赛",
                ["奖项"] = n % 5 == 0 ? "优胜奖" : null,
                ["项目名称"] = change ? $"基准项目{n}（修订）" : $"基准项目{n}"
            });
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }

    private static string CreditCode(int n)
    {
        var body = $"MB{n:D6}";
        var first17 = $"91310115{body}{Enterprises.CreditCodeRules.ComputeOrganisationCheckCharacter(body)}";
        return first17 + Enterprises.CreditCodeRules.ComputeCheckCharacter(first17);
    }

    private static ServiceProvider BuildServices(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = MySqlCultivationDbProvider.ProviderName,
            ["ConnectionStrings:Default"] = connectionString,
            // Imports run as Quartz jobs, as in the host; the recurring schedules stay off.
            ["Jobs:Recurring"] = "false"
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TestHostLifetime>();
        services.AddSingleton<IHostApplicationLifetime>(sp => sp.GetRequiredService<TestHostLifetime>());
        services.AddLogging(b => b.AddConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Cultivation.Imports", LogLevel.Information));
        services.AddCultivationApplication();
        services.AddCultivationEntityFrameworkCore(configuration, new MySqlCultivationDbProvider(Program.ServerVersion));
        services.AddCultivationJobs(configuration);
        services.Configure<IdentitySeedOptions>(o => o.AdminPassword = BenchDatabase.AdminPassword);
        return services.BuildServiceProvider();
    }

    private static async Task<T> RunAsync<T>(this IServiceProvider root, ClaimsPrincipal? user, Func<IServiceProvider, Task<T>> action)
    {
        using var _ = root.GetRequiredService<ICurrentPrincipalAccessor>().Change(user);
        await using var scope = root.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private static Task RunAsync(this IServiceProvider root, ClaimsPrincipal? user, Func<IServiceProvider, Task> action) =>
        root.RunAsync(user, async sp =>
        {
            await action(sp);
            return true;
        });
}
