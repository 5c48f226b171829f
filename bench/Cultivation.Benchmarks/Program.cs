using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cultivation;
using Cultivation.Benchmarks;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

// The enterprise list endpoint (filter by district + prize level, page of 20, sorted by name) through HTTP
// on the real host over MariaDB with 100,000 enterprises, against the same result in hand-written SQL.
//   bench/run.sh            (starts MariaDB if CULTIVATION_TEST_MYSQL is not set)
var server = Environment.GetEnvironmentVariable("CULTIVATION_TEST_MYSQL")
             ?? throw new InvalidOperationException("CULTIVATION_TEST_MYSQL is not set (bench/run.sh starts MariaDB).");
if (args.Contains("--import"))
{
    // The contest-results import: a 10,000-row workbook validated and committed (bench/run.sh --import).
    return await ImportBenchmark.RunAsync(server, int.TryParse(Environment.GetEnvironmentVariable("BENCH_IMPORT_ROWS"), out var importRows) ? importRows : 10_000);
}
if (args.Contains("--daily-scan"))
{
    // The daily follow-up scan over 100,000 active plans against one set-based statement (bench/run.sh --daily-scan).
    return await DailyScanBenchmark.RunAsync(server);
}
if (args.Contains("--search"))
{
    // The embedded search engine over 100,000 profiles against a MariaDB LIKE scan of the same query (bench/run.sh --search).
    return await SearchBenchmark.RunAsync(server);
}
var hostDll = args.FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal))
              ?? throw new InvalidOperationException("Pass the Release build of Cultivation.HttpApi.Host.dll.");
if (args.Contains("--search-http"))
{
    // Profile search through the host over 100,000 published profiles, against a MariaDB LIKE scan (bench/run.sh --search-http).
    return await SearchHttpBenchmark.RunAsync(server, hostDll, reuse: args.Contains("--reuse"));
}
if (args.Contains("--funnel-http"))
{
    // The application funnel by district through the host over 100,000 applications (bench/run.sh --funnel-http).
    return await FunnelHttpBenchmark.RunAsync(server, hostDll, reuse: args.Contains("--reuse"));
}
if (args.Contains("--soak"))
{
    // Load and soak: N clients of every role with mixed reads and writes against the host (bench/run.sh --soak).
    return await SoakBenchmark.RunAsync(server, hostDll);
}
var enterprises = int.TryParse(Environment.GetEnvironmentVariable("BENCH_ENTERPRISES"), out var n) ? n : 100_000;
var iterations = int.TryParse(Environment.GetEnvironmentVariable("BENCH_ITERATIONS"), out var i) ? i : 800;

var connectionString = await BenchDatabase.PrepareAsync(server, enterprises, reuse: args.Contains("--reuse"));
var hostSettings = HostProcess.MySqlSettings(connectionString, ServerVersion);
hostSettings["Jobs__Enabled"] = "false"; // nothing in the background while the list is timed
await using var host = await HostProcess.StartAsync(hostDll, hostSettings);
using var http = new HttpClient { BaseAddress = host.Address };
var token = await http.PostAsJsonAsync("/api/app/account/token", new { userName = "admin", password = BenchDatabase.AdminPassword });
token.EnsureSuccessStatusCode();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
    (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

// The same requests for both: every district, three prize levels, the first and a later page.
var cases = ShanghaiDistricts.All
    .SelectMany(d => new[] { ("Excellence", 0), ("Excellence", 40), ("Third", 0) }.Select(c => (District: d.Id, Prize: c.Item1, Skip: c.Item2)))
    .ToArray();

await using var sql = new MySqlConnection(connectionString);
await sql.OpenAsync();

var checkHttp = await HttpCaseAsync(cases[0]);
var checkSql = await SqlCaseAsync(cases[0]);
if (checkHttp != checkSql)
{
    throw new InvalidOperationException($"HTTP and SQL disagree: {checkHttp} vs {checkSql}.");
}
Console.WriteLine($"Check: both return {checkHttp}.");

// Steady state, not start-up: the runtime moves hot methods to optimized code (tiered JIT) over the first
// thousand or so calls, and the host serves for weeks. The timed requests alternate between HTTP, SQL and the
// in-process call, so a noisy moment on the machine hits all three alike.
await using var inProcess = BenchDatabase.BuildServices(connectionString);
var benchAdmin = TestPrincipals.Create("admin", Cultivation.Identity.CultivationRoles.MunicipalAdmin);
var warmUp = int.TryParse(Environment.GetEnvironmentVariable("BENCH_WARMUP"), out var w) ? w : 1500;
await MeasureAsync(warmUp, HttpCaseAsync, SqlCaseAsync, ServiceCaseAsync);
var times = await MeasureAsync(iterations, HttpCaseAsync, SqlCaseAsync, ServiceCaseAsync);
var (httpTimes, sqlTimes, serviceTimes) = (times[0], times[1], times[2]);

var (httpP50, httpP95) = (Percentile(httpTimes, 50), Percentile(httpTimes, 95));
var (sqlP50, sqlP95) = (Percentile(sqlTimes, 50), Percentile(sqlTimes, 95));
Console.WriteLine();
Console.WriteLine($"Enterprise list, {enterprises:N0} enterprises on MariaDB, filter district + prize level, page 20 sorted by name, {iterations} requests each after {warmUp} warm-up rounds (load average {Machine.LoadAverage()}):");
Console.WriteLine($"  HTTP endpoint : p50 {httpP50:F2} ms, p95 {httpP95:F2} ms");
Console.WriteLine($"  raw SQL       : p50 {sqlP50:F2} ms, p95 {sqlP95:F2} ms");
Console.WriteLine($"  breakdown     : the application service in process (no HTTP) p50 {Percentile(serviceTimes, 50):F2} ms, p95 {Percentile(serviceTimes, 95):F2} ms");
Console.WriteLine($"  ratio (p95)   : {httpP95 / sqlP95:F2}x   (targets: p95 <= 25 ms and <= 2x raw SQL)");
var met = httpP95 <= 25 && httpP95 <= 2 * sqlP95;
Console.WriteLine(met ? "  targets met" : "  TARGETS NOT MET");
return met ? 0 : 1;

async Task<string> HttpCaseAsync((Guid District, string Prize, int Skip) c)
{
    var page = await http.GetFromJsonAsync<JsonElement>(
        $"/api/app/enterprises?districtId={c.District}&prizeLevel={c.Prize}&sorting=name%20asc&skipCount={c.Skip}&maxResultCount=20");
    var items = page.GetProperty("items");
    return $"{page.GetProperty("totalCount").GetInt32()} total, first {(items.GetArrayLength() > 0 ? items[0].GetProperty("name").GetString() : "-")}";
}

Task<string> ServiceCaseAsync((Guid District, string Prize, int Skip) c) => inProcess.RunAsync(benchAdmin, async sp =>
{
    var page = await sp.GetRequiredService<IEnterpriseAppService>().GetListAsync(new GetEnterpriseListInput
    {
        DistrictId = c.District, PrizeLevel = Enum.Parse<Cultivation.Contests.PrizeLevel>(c.Prize), Sorting = "name asc", SkipCount = c.Skip, MaxResultCount = 20
    });
    return $"{page.TotalCount} total, first {page.Items.FirstOrDefault()?.Name ?? "-"}";
});

async Task<string> SqlCaseAsync((Guid District, string Prize, int Skip) c)
{
    await using var command = new MySqlCommand(RawSql.EnterpriseList, sql);
    command.Parameters.AddWithValue("@district", c.District.ToString());
    command.Parameters.AddWithValue("@prize", (int)Enum.Parse<Cultivation.Contests.PrizeLevel>(c.Prize));
    command.Parameters.AddWithValue("@skip", c.Skip);
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    var total = reader.GetInt64(0);
    await reader.NextResultAsync();
    string? first = null;
    while (await reader.ReadAsync())
    {
        first ??= reader.GetString(2);
        for (var f = 0; f < reader.FieldCount; f++)
        {
            _ = reader.GetValue(f);
        }
    }
    return $"{total} total, first {first ?? "-"}";
}

async Task<double[][]> MeasureAsync(int count, params Func<(Guid, string, int), Task<string>>[] runs)
{
    var times = runs.Select(_ => new double[count]).ToArray();
    for (var k = 0; k < count; k++)
    {
        // Each round starts with another of the three, so none always runs right after the same query.
        for (var step = 0; step < runs.Length; step++)
        {
            var r = (k + step) % runs.Length;
            var started = Stopwatch.GetTimestamp();
            await runs[r](cases[k % cases.Length]);
            times[r][k] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }
    return times;
}

static double Percentile(double[] values, int percentile)
{
    var sorted = values.Order().ToArray();
    return sorted[(int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1];
}

public partial class Program
{
    public const string ServerVersion = "10.11.0-mariadb";
}
