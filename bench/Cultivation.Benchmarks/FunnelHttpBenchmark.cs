using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cultivation.Policies;
using MySqlConnector;

namespace Cultivation.Benchmarks;

/// <summary>
/// The application funnel through the product (bench/run.sh --funnel-http): 100,000 applications of the bench database's
/// enterprises over four batches of 上海市专精特新中小企业, spread over every stage and district, then the funnel of one batch
/// (or of all four) by district through HTTP as a municipal administrator, timed side by side with the same GROUP BY in SQL.
/// </summary>
public static class FunnelHttpBenchmark
{
    private static readonly Guid Programme = PolicyProgrammeDataSeedContributor.SeedId(2);

    public static async Task<int> RunAsync(string server, string hostDll, bool reuse)
    {
        var count = SearchBenchmark.EnvInt("BENCH_APPLICATIONS", 100_000);
        var iterations = SearchBenchmark.EnvInt("BENCH_ITERATIONS", 600);
        var connectionString = await BenchDatabase.PrepareAsync(server, count, reuse);
        var batches = await InsertApplicationsAsync(connectionString, count);

        var settings = HostProcess.MySqlSettings(connectionString, "10.11.0-mariadb");
        settings["Jobs__Enabled"] = "false";
        await using var host = await HostProcess.StartAsync(hostDll, settings);
        using var http = new HttpClient { BaseAddress = host.Address };
        var token = await http.PostAsJsonAsync("/api/app/account/token", new { userName = "admin", password = BenchDatabase.AdminPassword });
        token.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

        await using var sql = new MySqlConnection(connectionString);
        await sql.OpenAsync();
        var total = (await http.GetFromJsonAsync<JsonElement>($"/api/app/policy-applications/funnel?programmeId={Programme}")).GetProperty("total").GetProperty("recommended").GetInt32();
        if (total != count)
        {
            throw new InvalidOperationException($"The funnel counts {total} applications, not {count}.");
        }
        Console.WriteLine($"Check: the funnel of all batches counts {total:N0} applications.");
        string Url(int k) => k % 5 == 4
            ? $"/api/app/policy-applications/funnel?programmeId={Programme}"
            : $"/api/app/policy-applications/funnel?programmeId={Programme}&batchId={batches[k % batches.Count]}";
        for (var k = 0; k < 300; k++)
        {
            await FunnelAsync(http, Url(k));
        }
        var (httpTimes, sqlTimes) = (new List<double>(), new List<double>());
        for (var k = 0; k < iterations; k++)
        {
            var batch = k % 5 == 4 ? (Guid?)null : batches[k % batches.Count];
            httpTimes.Add(await SearchBenchmark.TimeAsync(() => FunnelAsync(http, Url(k))));
            sqlTimes.Add(await SearchBenchmark.TimeAsync(() => GroupByAsync(sql, batch)));
        }
        var (p50, p95) = (SearchBenchmark.Percentile(httpTimes, 50), SearchBenchmark.Percentile(httpTimes, 95));
        Console.WriteLine();
        Console.WriteLine($"Application funnel through HTTP, {count:N0} applications in {batches.Count} batches, 16 districts (load average {Machine.LoadAverage()}):");
        Console.WriteLine($"  HTTP            : p50 {p50:F1} ms, p95 {p95:F1} ms over {httpTimes.Count} requests   (target p95 <= 50 ms)");
        Console.WriteLine($"  SQL GROUP BY    : p50 {SearchBenchmark.Percentile(sqlTimes, 50):F1} ms, p95 {SearchBenchmark.Percentile(sqlTimes, 95):F1} ms over {sqlTimes.Count} runs");
        var met = p95 <= 50;
        Console.WriteLine(met ? "  target met" : "  TARGET NOT MET");
        return met ? 0 : 1;
    }

    /// <summary>Four batches (through the application service), then one application per enterprise in multi-row inserts.</summary>
    private static async Task<List<Guid>> InsertApplicationsAsync(string connectionString, int count)
    {
        await using (var clear = new MySqlConnection(connectionString))
        {
            await clear.OpenAsync();
            await new MySqlCommand("""
                DELETE FROM AppPolicyApplicationTransitions; DELETE FROM AppPolicyApplicationMaterials; DELETE FROM AppPolicyApplicationScores;
                DELETE FROM AppPolicyApplicationObjections; DELETE FROM AppPolicyDocuments; DELETE FROM AppPolicyApplications; DELETE FROM AppPolicyBatches;
                """, clear).ExecuteNonQueryAsync();
        }
        await using var services = BenchDatabase.BuildServices(connectionString);
        var today = Timing.ShanghaiTime.Today(TimeProvider.System);
        var batches = new List<Guid>();
        for (var b = 0; b < 4; b++)
        {
            var input = new CreateUpdatePolicyBatchDto
            {
                ProgrammeId = Programme, Name = $"基准批次{b + 1}", Year = today.Year, OpensOn = today.AddDays(-90 + 20 * b), ClosesOn = today.AddDays(30),
                PublicityStartsOn = today.AddDays(40), PublicityEndsOn = today.AddDays(46)
            };
            batches.Add((await services.CallAsync<IPolicyBatchAppService, PolicyBatchDto>(TestPrincipals.Admin, s => s.CreateAsync(input))).Id);
        }

        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        var enterprises = new List<(Guid Id, Guid DistrictId)>();
        await using (var reader = await new MySqlCommand($"SELECT Id, DistrictId FROM AppEnterprises ORDER BY Id LIMIT {count}", connection).ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                enterprises.Add((reader.GetGuid(0), reader.GetGuid(1)));
            }
        }
        // Where they stand: most still open, a fifth decided, some rejected or withdrawn on the way.
        (int Stage, int Furthest)[] standings =
        [
            (1, 1), (1, 1), (2, 2), (2, 2), (3, 3), (3, 3), (4, 4), (1, 2), (5, 5), (5, 5), (6, 2), (6, 3), (6, 4), (7, 1), (7, 3), (3, 3)
        ];
        var now = DateTime.UtcNow;
        foreach (var chunk in enterprises.Select((e, i) => (e, i)).Chunk(1000))
        {
            var insert = new StringBuilder("""
                INSERT INTO AppPolicyApplications (Id, EnterpriseId, DistrictId, ProgrammeId, ProgrammeCode, ProgrammeKind, BatchId, OpenBatchId, Stage, FurthestStage,
                  StageEnteredOn, StageDueOn, RecommendedOn, LastActionTime, ConcurrencyStamp, CreationTime, IsDeleted) VALUES
                """);
            await using var command = new MySqlCommand { Connection = connection };
            foreach (var (e, i) in chunk)
            {
                var (stage, furthest) = standings[i % standings.Length];
                var batch = batches[i / standings.Length % batches.Count];
                var open = stage <= 4;
                insert.Append(i == chunk[0].i ? "" : ",")
                    .Append($"(UUID(), @e{i}, @d{i}, @p, 'specialised-sme', 2, @b{i}, {(open ? $"@b{i}" : "NULL")}, {stage}, {furthest}, @t, {(open ? $"@due{i % 30}" : "NULL")}, @t, @now, UUID(), @now, 0)");
                command.Parameters.AddWithValue($"@e{i}", e.Id);
                command.Parameters.AddWithValue($"@d{i}", e.DistrictId);
                command.Parameters.AddWithValue($"@b{i}", batch);
            }
            for (var d = 0; d < 30; d++)
            {
                command.Parameters.AddWithValue($"@due{d}", today.AddDays(d - 10).ToDateTime(TimeOnly.MinValue));
            }
            command.Parameters.AddWithValue("@p", Programme);
            command.Parameters.AddWithValue("@t", today.AddDays(-20).ToDateTime(TimeOnly.MinValue));
            command.Parameters.AddWithValue("@now", now);
            command.CommandText = insert.ToString();
            await command.ExecuteNonQueryAsync();
        }
        await new MySqlCommand("ANALYZE TABLE AppPolicyApplications", connection).ExecuteNonQueryAsync();
        Console.WriteLine($"{enterprises.Count:N0} applications written in {batches.Count} batches.");
        return batches;
    }

    private static async Task FunnelAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The same counts by hand: one GROUP BY over the (batch, district, stage) index.</summary>
    private static async Task GroupByAsync(MySqlConnection sql, Guid? batch)
    {
        await using var command = new MySqlCommand($"""
            SELECT DistrictId, COUNT(*), SUM(FurthestStage >= 2), SUM(FurthestStage >= 3), SUM(FurthestStage >= 4), SUM(Stage = 5), SUM(Stage = 6), SUM(Stage = 7), SUM(Stage <= 4)
            FROM AppPolicyApplications WHERE IsDeleted = 0 AND ProgrammeId = @p {(batch is null ? "" : "AND BatchId = @b")} GROUP BY DistrictId
            """, sql);
        command.Parameters.AddWithValue("@p", Programme);
        if (batch is { } b)
        {
            command.Parameters.AddWithValue("@b", b);
        }
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }
}
