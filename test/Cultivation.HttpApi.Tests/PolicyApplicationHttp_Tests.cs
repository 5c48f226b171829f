using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cultivation.Policies;

namespace Cultivation.HttpApi.Tests;

/// <summary>The pipeline over HTTP: another district's application is 404 to an officer, a step the stage does not allow is 409 with its code, a bad upload 400.</summary>
public abstract class PolicyApplicationHttp_Tests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CultivationWebApplicationFactory
{
    private const string Applications = "/api/app/policy-applications";
    /// <summary>One context per database (xUnit makes a test-class instance per test): its counter keeps credit codes unique.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CultivationWebApplicationFactory, MatrixContext> Contexts = new();

    private MatrixContext _context => Contexts.GetValue(factory, f => new MatrixContext(f));

    [Fact]
    public async Task Should_answer_404_to_another_districts_officer_and_leak_nothing()
    {
        var application = await _context.NewPolicyApplicationAsync(PolicyApplicationStage.DistrictReview);
        using var xuhui = await factory.ClientForAsync(TestData.Users.XuhuiOfficer);
        var response = await xuhui.GetAsync($"{Applications}/{application.Id}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("矩阵测试企业");
        var approve = await xuhui.PostAsJsonAsync($"{Applications}/{application.Id}/approve",
            new ApprovePolicyApplicationDto { OnSiteCheckNote = "越区", ConcurrencyStamp = application.ConcurrencyStamp });
        approve.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await xuhui.GetFromJsonAsync<JsonElement>($"{Applications}?batchId={application.BatchId}");
        list.GetProperty("totalCount").GetInt32().ShouldBe(0);

        using var pudong = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        (await pudong.GetAsync($"{Applications}/{application.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_answer_409_with_the_code_for_a_step_the_stage_does_not_allow()
    {
        var application = await _context.NewPolicyApplicationAsync();
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer, "en");
        var submit = await client.PostAsJsonAsync($"{Applications}/{application.Id}/submit", new PolicyApplicationStepDto { ConcurrencyStamp = application.ConcurrencyStamp });
        submit.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await submit.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(CultivationDomainErrorCodes.PolicyApplicationMaterialsIncomplete);
        problem.GetProperty("title").GetString()!.ShouldContain("neither uploaded nor received");

        var approve = await client.PostAsJsonAsync($"{Applications}/{application.Id}/approve",
            new ApprovePolicyApplicationDto { OnSiteCheckNote = "正常", ConcurrencyStamp = application.ConcurrencyStamp });
        approve.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var wrongStage = await approve.Content.ReadFromJsonAsync<JsonElement>();
        wrongStage.GetProperty("code").GetString().ShouldBe(CultivationDomainErrorCodes.PolicyApplicationWrongStage);
        // The stage and the step by their names, in the caller's language.
        wrongStage.GetProperty("title").GetString().ShouldBe("\"passed district review\" is not possible while the application is at \"Recommended (materials)\".");

        var again = await client.PostAsJsonAsync(Applications, new RecommendPolicyApplicationDto { EnterpriseId = application.EnterpriseId, BatchId = application.BatchId });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(CultivationDomainErrorCodes.PolicyApplicationAlreadyOpen);
    }

    [Fact]
    public async Task Should_answer_403_to_an_officer_deciding_and_to_an_investor_reading()
    {
        var application = await _context.NewPolicyApplicationAsync(PolicyApplicationStage.Publicity);
        using var pudong = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        (await pudong.PostAsJsonAsync($"{Applications}/{application.Id}/decision",
            new DecidePolicyApplicationDto { Decision = PolicyDecision.Granted, ConcurrencyStamp = application.ConcurrencyStamp })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var investor = await factory.ClientForAsync(TestData.Users.Investor);
        (await investor.GetAsync($"{Applications}/{application.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_store_an_upload_and_serve_it_back_and_refuse_a_disguised_file_with_400()
    {
        var application = await _context.NewPolicyApplicationAsync();
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        var fake = await client.SendAsync(MatrixContext.Upload($"{Applications}/{application.Id}/materials/business-licence/documents",
            "MZ\u0090\0 not a pdf"u8.ToArray(), "营业执照.pdf", application.ConcurrencyStamp));
        fake.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await fake.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(CultivationDomainErrorCodes.PolicyDocumentTypeNotAllowed);
        problem.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("PDF");

        var stored = await client.SendAsync(MatrixContext.Upload($"{Applications}/{application.Id}/materials/business-licence/documents",
            MatrixContext.PdfBytes, "营业执照.pdf", application.ConcurrencyStamp));
        stored.StatusCode.ShouldBe(HttpStatusCode.OK);
        var dto = await stored.Content.ReadFromJsonAsync<JsonElement>();
        var documentId = dto.GetProperty("documents")[0].GetProperty("id").GetString();
        var download = await client.GetAsync($"{Applications}/{application.Id}/documents/{documentId}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(MatrixContext.PdfBytes);

        using var xuhui = await factory.ClientForAsync(TestData.Users.XuhuiOfficer);
        (await xuhui.GetAsync($"{Applications}/{application.Id}/documents/{documentId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_refuse_an_upload_over_ten_megabytes_with_400()
    {
        var application = await _context.NewPolicyApplicationAsync();
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer, "en");
        var bytes = new byte[PolicyDocumentConsts.MaxBytes + 200 * 1024];
        "%PDF-"u8.CopyTo(bytes);
        var response = await client.SendAsync(MatrixContext.Upload($"{Applications}/{application.Id}/materials/business-licence/documents",
            bytes, "big.pdf", application.ConcurrencyStamp));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("file")[0].GetString().ShouldBe("A document may be at most 10 MB.");
    }
}

public sealed class PolicyApplicationHttp_Sqlite_Tests(SqliteWebApplicationFactory factory) : PolicyApplicationHttp_Tests<SqliteWebApplicationFactory>(factory);

public sealed class PolicyApplicationHttp_MariaDb_Tests(MariaDbWebApplicationFactory factory) : PolicyApplicationHttp_Tests<MariaDbWebApplicationFactory>(factory);
