using System.Net;
using System.Net.Http.Json;
using Cultivation.Contests;
using Cultivation.Enterprises;
using Cultivation.Identity;
using Cultivation.IndustryFields;
using Cultivation.Matchmaking;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cultivation.HttpApi.Tests;

/// <summary>
/// Every endpoint × {anonymous, each role, an officer of another district}. The endpoint list comes from
/// the running host, so an endpoint without a rule here fails the test; a forgotten [Authorize] shows as a
/// 2xx where a 401/403 is expected. Every 2xx body is checked for another district's data and, for
/// investors, for personal data.
/// </summary>
public abstract class AuthorizationMatrix_Tests<TFactory>(TFactory factory, ITestOutputHelper output) : IClassFixture<TFactory>
    where TFactory : CultivationWebApplicationFactory
{
    [Fact]
    public async Task Should_have_a_rule_for_every_endpoint()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("api/app", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Where(key => key != "* api/app/{**path}")
            .ToHashSet();
        var ruled = AuthorizationRules.All.Select(r => r.Key).ToHashSet();

        endpoints.Except(ruled).ShouldBeEmpty("endpoints without an authorization rule");
        ruled.Except(endpoints).ShouldBeEmpty("rules for endpoints that do not exist");
    }

    [Fact]
    public async Task Should_answer_each_caller_as_the_rules_say_and_leak_nothing()
    {
        var failures = new List<string>();
        var context = new MatrixContext(factory);
        foreach (var rule in AuthorizationRules.All)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var expected = rule.Expected(caller);
                using var request = await rule.Build(context, caller);
                using var client = await factory.ClientForAsync(caller.UserName());
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var ok = expected == Expect.Success ? response.IsSuccessStatusCode : (int)response.StatusCode == (int)expected;
                if (!ok)
                {
                    failures.Add($"{rule.Key} as {caller}: expected {expected}, got {(int)response.StatusCode} {Truncate(body)}");
                    continue;
                }
                if (response.IsSuccessStatusCode && Leak(caller, body) is { } leak)
                {
                    failures.Add($"{rule.Key} as {caller}: the body contains {leak}");
                }
            }
        }
        output.WriteLine($"{AuthorizationRules.All.Count} endpoints × {Enum.GetValues<Caller>().Length} callers checked.");
        failures.ShouldBeEmpty();
    }

    /// <summary>What a caller must never receive: another district's enterprises, or (investors) personal data.</summary>
    private static string? Leak(Caller caller, string body)
    {
        string[] forbidden = caller switch
        {
            Caller.PudongOfficer => ["徐汇测试生物医药", TestData.XuhuiCompanyCode, TestData.XuhuiPhone],
            Caller.XuhuiOfficer => ["上海测试智能科技", TestData.PudongCompanyCode, TestData.PudongPhone, TestData.PudongEmail],
            Caller.Investor => [TestData.PudongPhone, TestData.PudongEmail, TestData.XuhuiPhone, "138****5678"],
            _ => []
        };
        return forbidden.FirstOrDefault(f => body.Contains(f, StringComparison.Ordinal));
    }

    private static string Truncate(string body) => body.Length > 300 ? body[..300] : body;
}

public sealed class AuthorizationMatrix_Sqlite_Tests(SqliteWebApplicationFactory factory, ITestOutputHelper output)
    : AuthorizationMatrix_Tests<SqliteWebApplicationFactory>(factory, output);

public sealed class AuthorizationMatrix_MariaDb_Tests(MariaDbWebApplicationFactory factory, ITestOutputHelper output)
    : AuthorizationMatrix_Tests<MariaDbWebApplicationFactory>(factory, output);
