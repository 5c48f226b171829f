using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cultivation.Policies;

namespace Cultivation.HttpApi.Tests;

/// <summary>The policy endpoints over HTTP: rule mistakes answer 400 with the faulty field in the caller's language, never a 500.</summary>
public abstract class PolicyHttp_Tests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CultivationWebApplicationFactory
{
    private static readonly string RuleSets = $"/api/app/policy-programmes/{PolicyTestRules.LittleGiantId}/rule-sets";

    [Theory]
    [InlineData(null, "重叠")]
    [InlineData("en", "Overlaps version")]
    public async Task Should_answer_an_overlapping_version_with_a_field_error(string? language, string text)
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin, language ?? "zh-Hans");
        var input = PolicyTestRules.OldVersion(language is null ? 11 : 12);
        input.EffectiveTo = null; // open-ended: runs into the seeded 2022-63
        var response = await client.PostAsJsonAsync(RuleSets, input, Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(CultivationDomainErrorCodes.PolicyRuleSetVersionsOverlap);
        problem.GetProperty("errors").GetProperty("effectiveFrom")[0].GetString()!.ShouldContain(text);
    }

    [Fact]
    public async Task Should_answer_a_gap_between_bands_on_the_band_that_leaves_it()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin, language: "en");
        var definition = PolicySeedRuleSet.All.Single(s => s.ProgrammeCode == "innovative-sme").Definition;
        var input = new CreatePolicyRuleSetDto
        {
            Version = "GAP", EffectiveFrom = new DateOnly(1980, 1, 1), EffectiveTo = new DateOnly(1980, 12, 31),
            Definition = PolicyJson.Deserialize<PolicyRuleDefinition>(PolicyJson.Serialize(definition))
        };
        input.Definition.Scoring!.Dimensions[0].Indicators[1].Tables[0].Bands[2].From = 0.025m;
        var response = await client.PostAsJsonAsync(RuleSets, input, Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("definition.scoring.dimensions[0].indicators[1].tables[0].bands[2].from")[0].GetString()!
            .ShouldStartWith("Bands must join without gaps or overlaps");
    }

    [Fact]
    public async Task Should_answer_a_calculation_without_programme_or_date_with_field_errors()
    {
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        var response = await client.PostAsJsonAsync("/api/app/policy-calculator", new { facts = new { } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("programmeCode", out _).ShouldBeTrue();
        errors.TryGetProperty("assessmentDate", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_answer_a_malformed_fact_with_400_not_500()
    {
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        var response = await client.PostAsJsonAsync("/api/app/policy-calculator",
            new { programmeCode = "unicorn", assessmentDate = "2025-06-01", facts = new { years = new[] { new { year = 2024, operatingRevenue = "很多" } } } });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_calculate_for_an_officer_and_name_the_missing_facts()
    {
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        var response = await client.PostAsJsonAsync("/api/app/policy-calculator",
            new { programmeCode = "specialised-sme", assessmentDate = "2026-04-01", facts = new { developmentEvaluationScore = 55 } });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var evaluation = await response.Content.ReadFromJsonAsync<JsonElement>();
        evaluation.GetProperty("ruleSetVersion").GetString().ShouldBe("2026-2");
        evaluation.GetProperty("outcome").GetString().ShouldBe("NeedsEvidence");
        evaluation.GetProperty("missingFacts").EnumerateArray().Select(e => e.GetString()).ShouldContain("OperatingRevenue(2025)");
    }

    [Fact]
    public async Task Should_refuse_the_calculator_to_an_investor()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Investor);
        var response = await client.PostAsJsonAsync("/api/app/policy-calculator", AuthorizationRules.AssessmentInput(), Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static readonly JsonSerializerOptions Json = PolicyJson.Options;
}

public sealed class PolicyHttp_Sqlite_Tests(SqliteWebApplicationFactory factory) : PolicyHttp_Tests<SqliteWebApplicationFactory>(factory);

public sealed class PolicyHttp_MariaDb_Tests(MariaDbWebApplicationFactory factory) : PolicyHttp_Tests<MariaDbWebApplicationFactory>(factory);
