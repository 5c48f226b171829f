using Cultivation.Enterprises;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cultivation.EntityFrameworkCore.Tests;

/// <summary>
/// The embedded profile's district officer reads their district by its index: the filter's switches are inlined, so
/// SQLite sees "DistrictId = @d", not "(@off OR DistrictId = @d)", which it can only answer by scanning every row.
/// </summary>
public sealed class QueryPlan_Sqlite_Tests(SqliteFixture fixture, ITestOutputHelper output) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Should_answer_each_caller_with_their_own_filter_although_the_switches_are_inlined()
    {
        Task<int> DistrictsSeenAsync(System.Security.Claims.ClaimsPrincipal user, bool acrossDistricts = false) => fixture.RunAsync(user, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            using var _ = acrossDistricts ? db.DisableFilter<Cultivation.Entities.IDistrictScoped>() : null;
            return await db.Enterprises.Select(e => e.DistrictId).Distinct().CountAsync();
        });

        (await DistrictsSeenAsync(TestPrincipals.PudongOfficer)).ShouldBe(1);
        (await DistrictsSeenAsync(TestPrincipals.Admin)).ShouldBeGreaterThan(1);
        (await DistrictsSeenAsync(TestPrincipals.PudongOfficer, acrossDistricts: true)).ShouldBeGreaterThan(1);
        (await DistrictsSeenAsync(TestPrincipals.PudongOfficer)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_search_a_district_officers_enterprises_by_the_district_index()
    {
        var (sql, plan) = await fixture.RunAsync(TestPrincipals.PudongOfficer, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            var query = db.Enterprises.Where(e => e.Kind == EnterpriseKind.Company);
            var sql = query.ToQueryString();
            var command = db.Database.GetDbConnection().CreateCommand();
            await db.Database.OpenConnectionAsync();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql[(sql.IndexOf("SELECT", StringComparison.Ordinal))..];
            foreach (var line in sql.Split('\n').Where(l => l.StartsWith(".param set", StringComparison.Ordinal)))
            {
                var parts = line.Split(' ', 4);
                command.Parameters.Add(new SqliteParameter(parts[2], parts[3].Trim('\'')));
            }
            var rows = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(3));
            }
            return (sql, string.Join(" | ", rows));
        });
        output.WriteLine(sql);
        output.WriteLine(plan);
        plan.ShouldContain("USING INDEX");
    }
}
