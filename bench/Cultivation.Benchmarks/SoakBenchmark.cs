using System.Diagnostics;
using System.Globalization;
using Cultivation.Data;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace Cultivation.Benchmarks;

/// <summary>
/// Load and soak: the real host on MariaDB (its own process on 127.0.0.1, jobs running as in production) with
/// the demo data set, and N clients signed in as every role, each sending one request after another for the
/// whole run: lists and searches, enterprise pages, follow-up services, figures, contacts, new enterprises, the
/// worklist, notifications, coverage, exports. Prints requests, errors by endpoint and status, p50/p95/p99 per
/// operation and overall, and the host's resident memory (VmRSS) at the start, along the run and at the end.
///   bench/run.sh --soak        SOAK_MINUTES (10), SOAK_CLIENTS (20), SOAK_THINK_MS (0), SOAK_ENTERPRISES (2000),
///                              SOAK_REPORT_SECONDS (60)
/// </summary>
public static class SoakBenchmark
{
    private const string Database = "cultivation_bench_soak";

    private static readonly SoakUser[] Users =
    [
        new("demo-admin", SoakRole.Admin), new("demo-reviewer", SoakRole.Reviewer), new("demo-pudong", SoakRole.DistrictOfficer),
        new("demo-xuhui", SoakRole.DistrictOfficer), new("demo-investor", SoakRole.Investor)
    ];

    public static async Task<int> RunAsync(string server, string hostDll)
    {
        var minutes = Setting("SOAK_MINUTES", 10.0);
        var clients = (int)Setting("SOAK_CLIENTS", 20);
        var think = TimeSpan.FromMilliseconds(Setting("SOAK_THINK_MS", 0));
        var enterprises = (int)Setting("SOAK_ENTERPRISES", 2000);
        var reportEvery = TimeSpan.FromSeconds(Setting("SOAK_REPORT_SECONDS", 60));
        var loadAtStart = Machine.LoadAverage();

        var connectionString = await PrepareAsync(server, enterprises);
        await using var host = await HostProcess.StartAsync(hostDll, HostProcess.MySqlSettings(connectionString, Program.ServerVersion));
        var rss = new List<double>();
        var rssAtStart = ProcessMemory.ResidentMiB(host.ProcessId) ?? double.NaN;
        Console.WriteLine($"Host on {host.Address} (pid {host.ProcessId}), RSS {rssAtStart:F0} MiB before the load.");
        Console.WriteLine($"Soak: {clients} clients ({Describe(clients)}) for {minutes:0.##} min, think time {think.TotalMilliseconds:F0} ms, " +
                          $"{enterprises:N0} demo enterprises on MariaDB (load average {loadAtStart}).");

        var recorder = new SoakRecorder();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(60) };
        // Before the clients: one user signing in from several places at once, a case of its own in the report.
        await SoakClient.SignInTogetherAsync(http, recorder, Users[1], 5);
        Console.WriteLine($"One user signing in from 5 places at once: {5 - recorder.Errors} of 5 succeeded.");
        var started = Stopwatch.StartNew();
        var until = DateTime.UtcNow.AddMinutes(minutes);
        var aborted = 0;
        var runs = Enumerable.Range(0, clients).Select(i =>
        {
            var user = Users[i % Users.Length];
            var shares = clients / Users.Length + (i % Users.Length < clients % Users.Length ? 1 : 0);
            var client = new SoakClient(http, recorder, user, share: i / Users.Length, shares: shares, clientNumber: i + 1, seed: 1000 + i);
            return Task.Run(async () =>
            {
                try
                {
                    await client.RunAsync(until, think);
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref aborted);
                    Console.WriteLine($"  client {i + 1} ({user.UserName}) stopped: {e.Message}");
                }
            });
        }).ToList();

        var all = Task.WhenAll(runs);
        var hardStop = TimeSpan.FromMinutes(minutes) + TimeSpan.FromMinutes(2);
        var lastCount = 0L;
        var lastTime = TimeSpan.Zero;
        while (!all.IsCompleted)
        {
            await Task.WhenAny(all, Task.Delay(reportEvery));
            var interval = recorder.TakeInterval();
            var now = started.Elapsed;
            var memory = ProcessMemory.ResidentMiB(host.ProcessId);
            if (memory is { } m)
            {
                rss.Add(m);
            }
            var rate = (recorder.Requests - lastCount) / Math.Max(0.001, (now - lastTime).TotalSeconds);
            (lastCount, lastTime) = (recorder.Requests, now);
            Console.WriteLine($"  [{now:mm\\:ss}] {recorder.Requests,8:N0} requests ({rate,5:F0}/s), p95 {SoakRecorder.Percentile(interval, 95),7:F1} ms, " +
                              $"errors {recorder.Errors}, host RSS {memory?.ToString("F0", CultureInfo.InvariantCulture) ?? "?"} MiB, load {Machine.LoadAverage()}");
            if (host.HasExited)
            {
                Console.WriteLine($"  THE HOST EXITED:{Environment.NewLine}{host.RecentLog}");
                break;
            }
            if (started.Elapsed > hardStop)
            {
                Console.WriteLine($"  clients still busy {hardStop.TotalMinutes:F0} min after the start: stopping.");
                break;
            }
        }
        var elapsed = started.Elapsed;
        var rssAtEnd = ProcessMemory.ResidentMiB(host.ProcessId) ?? double.NaN;
        var hostDied = host.HasExited;
        Report(recorder, elapsed, rssAtStart, rss, rssAtEnd, loadAtStart);
        if (recorder.Errors > 0 || hostDied)
        {
            Console.WriteLine($"  the host's last log lines:{Environment.NewLine}{host.RecentLog}");
        }
        var passed = recorder.Errors == 0 && aborted == 0 && !hostDied;
        var together = recorder.ErrorsByOperation().Where(e => e.Key.StartsWith(SoakClient.SignInTogetherOperation(5), StringComparison.Ordinal)).Sum(e => e.Count);
        Console.WriteLine(passed
            ? "  target met (0 errors)"
            : $"  TARGET NOT MET: {recorder.Errors} errors ({recorder.Errors - together} in the mixed load, {together} in one user's simultaneous sign-ins), " +
              $"{aborted} clients stopped{(hostDied ? ", the host exited" : "")}");
        return passed ? 0 : 1;
    }

    private static void Report(SoakRecorder recorder, TimeSpan elapsed, double rssAtStart, List<double> rss, double rssAtEnd, string loadAtStart)
    {
        var operations = recorder.ByOperation();
        var everything = operations.SelectMany(o => o.Times).ToArray();
        Console.WriteLine();
        Console.WriteLine($"Soak results after {elapsed.TotalMinutes:F1} min (load average {loadAtStart} at the start, {Machine.LoadAverage()} at the end):");
        Console.WriteLine($"  requests : {recorder.Requests:N0} ({recorder.Requests / elapsed.TotalSeconds:F0}/s)");
        Console.WriteLine($"  errors   : {recorder.Errors}");
        foreach (var (key, count, answer) in recorder.ErrorsByOperation())
        {
            Console.WriteLine($"    {count,6} × {key}   first: {answer}");
        }
        Console.WriteLine($"  {"operation",-42} {"count",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var (operation, times) in operations.Append(("overall", everything)))
        {
            Console.WriteLine($"  {operation,-42} {times.Length,8:N0} {SoakRecorder.Percentile(times, 50),8:F1} {SoakRecorder.Percentile(times, 95),8:F1} " +
                              $"{SoakRecorder.Percentile(times, 99),8:F1} {(times.Length == 0 ? 0 : times.Max()),8:F1}");
        }
        var warm = rss.Count > 0 ? rss[0] : double.NaN;
        Console.WriteLine($"  host RSS : {rssAtStart:F0} MiB before the load, {warm:F0} MiB after the first interval, {rssAtEnd:F0} MiB at the end " +
                          $"(max {(rss.Count > 0 ? rss.Max() : double.NaN):F0} MiB; end − first interval {rssAtEnd - warm:+0;-0} MiB)");
    }

    /// <summary>A fresh database migrated and seeded as <c>DbMigrator --demo --demo-count N</c> does: demo users for every role, enterprises, plans.</summary>
    private static async Task<string> PrepareAsync(string server, int enterprises)
    {
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = Database }.ConnectionString;
        await using (var drop = new MySqlConnection(server))
        {
            await drop.OpenAsync();
            await new MySqlCommand($"DROP DATABASE IF EXISTS {Database}", drop).ExecuteNonQueryAsync();
        }
        var clock = Stopwatch.StartNew();
        await using var services = BenchDatabase.BuildServices(connectionString);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CultivationDbMigrationService>()
            .MigrateAsync(new DataSeedContext(IncludeDemoData: true, DemoEnterpriseCount: enterprises));
        MySqlConnection.ClearAllPools();
        Console.WriteLine($"Seeded {Database}: {enterprises:N0} demo enterprises with their follow-up plans in {clock.Elapsed.TotalSeconds:F1} s.");
        return connectionString;
    }

    private static string Describe(int clients) => string.Join(", ", Users
        .Select((u, i) => (u.UserName, Count: clients / Users.Length + (i < clients % Users.Length ? 1 : 0)))
        .Where(u => u.Count > 0).Select(u => $"{u.Count} × {u.UserName}"));

    private static double Setting(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
