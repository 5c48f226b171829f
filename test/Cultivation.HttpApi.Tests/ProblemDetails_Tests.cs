using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cultivation.Enterprises;

namespace Cultivation.HttpApi.Tests;

/// <summary>Client mistakes answer RFC 9110 problem details with field errors in the caller's language — never a 500.</summary>
public abstract class ProblemDetails_Tests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CultivationWebApplicationFactory
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Should_answer_400_with_localized_field_errors_in_chinese_by_default()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin);
        var response = await client.PostAsJsonAsync("/api/app/enterprises", new { kind = "Company", name = "", creditCode = "91350100M000100Y44", website = "not a url" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ProblemAsync(response);
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("code").GetString().ShouldBe("Cultivation:00003");
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
        var errors = problem.GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("请填写名称。");
        errors.GetProperty("creditCode")[0].GetString()!.ShouldStartWith("统一社会信用代码无效");
        errors.GetProperty("districtId")[0].GetString().ShouldBe("请填写所属区。");
        errors.GetProperty("website")[0].GetString()!.ShouldContain("网站");
    }

    [Fact]
    public async Task Should_refuse_an_upload_over_the_size_limit_with_a_field_error_before_reading_it()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin);
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(new byte[Cultivation.Imports.ImportConsts.MaxFileBytes + 1]), "file", "大文件.xlsx" },
            { new StringContent("ContestResults"), "kind" }
        };
        var response = await client.PostAsync("/api/app/imports", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(CultivationDomainErrorCodes.ImportFileTooLarge);
        problem.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("MB");
    }

    [Fact]
    public async Task Should_answer_in_english_when_asked()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin, language: "en");
        var response = await client.PostAsJsonAsync("/api/app/enterprises", new { kind = "Company", name = "x", creditCode = "bad", districtId = TestData.PudongId });
        var problem = await ProblemAsync(response);
        problem.GetProperty("title").GetString().ShouldBe("Some input is not valid. Check the marked fields.");
        problem.GetProperty("errors").GetProperty("creditCode")[0].GetString()!.ShouldStartWith("Unified social credit code is not valid");
    }

    [Fact]
    public async Task Should_answer_business_errors_and_catalogue_names_in_english_too()
    {
        using var anonymous = factory.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var signIn = await anonymous.PostAsJsonAsync("/api/app/account/token", new { userName = "nobody", password = "Wrong@1234" });
        (await ProblemAsync(signIn)).GetProperty("title").GetString().ShouldStartWith("Wrong user name or password");

        using var client = await factory.ClientForAsync(TestData.Users.Admin, language: "en");
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/app/enterprises?keyword={TestData.PudongCompanyCode}");
        page.GetProperty("items")[0].GetProperty("districtName").GetString().ShouldBe("Pudong New Area");
        var taken = await client.PostAsJsonAsync("/api/app/enterprises", new { kind = "Company", name = "dup", creditCode = TestData.XuhuiCompanyCode, districtId = TestData.XuhuiId });
        (await ProblemAsync(taken)).GetProperty("title").GetString()!.ShouldStartWith("The unified social credit code");
    }

    [Fact]
    public async Task Should_report_a_malformed_value_on_its_field_without_parser_internals()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin);
        var response = await client.PostAsync("/api/app/enterprises",
            new StringContent("""{"kind":"Company","name":"x","foundedOn":"not-a-date"}""", System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ProblemAsync(response);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("foundedOn")[0].GetString().ShouldBe("值的格式不正确。");
        problem.ToString().ShouldNotContain("System.");
    }

    [Fact]
    public async Task Should_answer_400_for_a_broken_rule_with_its_code_and_field()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin);
        var response = await client.PutAsJsonAsync($"/api/app/enterprises/{factory.Ids.PudongCompany}/figures/2024",
            new UpdateEnterpriseFiguresDto { OperatingRevenue = 1, MainBusinessRevenue = 2 });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(Cultivation.CultivationDomainErrorCodes.MainBusinessExceedsRevenue);
        problem.GetProperty("errors").GetProperty("mainBusinessRevenue")[0].GetString().ShouldBe("主营业务收入不能大于营业收入。");
    }

    [Fact]
    public async Task Should_answer_404_for_an_unknown_record_and_an_unknown_api_path()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin);
        var response = await client.GetAsync($"/api/app/enterprises/{Guid.NewGuid()}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemAsync(response)).GetProperty("title").GetString().ShouldBe("未找到该记录，或您无权查看。");
        (await client.GetAsync("/api/app/no-such-thing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_answer_409_for_a_stale_stamp_and_a_taken_credit_code()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin);
        var current = await client.GetFromJsonAsync<JsonElement>($"/api/app/enterprises/{factory.Ids.PudongMakerTeam}");
        var update = new
        {
            name = current.GetProperty("name").GetString(), districtId = TestData.PudongId, concurrencyStamp = "0000stale0000"
        };
        var stale = await client.PutAsJsonAsync($"/api/app/enterprises/{factory.Ids.PudongMakerTeam}", update);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(stale)).GetProperty("code").GetString().ShouldBe("Cultivation:00002");

        var taken = await client.PostAsJsonAsync("/api/app/enterprises", new { kind = "Company", name = "重复", creditCode = TestData.XuhuiCompanyCode, districtId = TestData.XuhuiId });
        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(taken)).GetProperty("errors").GetProperty("creditCode")[0].GetString()!.ShouldContain(TestData.XuhuiCompanyCode);
    }

    [Fact]
    public async Task Should_page_the_list_with_a_total()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/app/enterprises?maxResultCount=1&skipCount=1&sorting=name%20asc");
        page.GetProperty("totalCount").GetInt32().ShouldBeGreaterThanOrEqualTo(3);
        page.GetProperty("items").GetArrayLength().ShouldBe(1);
        (await client.GetAsync("/api/app/enterprises?maxResultCount=100000")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/app/enterprises?prizeLevel=Gold")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_send_a_downloadable_export_file()
    {
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        var response = await client.GetAsync("/api/app/enterprises/export?format=Xlsx");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileName.ShouldNotBeNull().ShouldContain(".xlsx");
        (await response.Content.ReadAsByteArrayAsync()).Take(2).ShouldBe("PK"u8.ToArray());
    }
}

public sealed class ProblemDetails_Sqlite_Tests(SqliteWebApplicationFactory factory) : ProblemDetails_Tests<SqliteWebApplicationFactory>(factory);

public sealed class ProblemDetails_MariaDb_Tests(MariaDbWebApplicationFactory factory) : ProblemDetails_Tests<MariaDbWebApplicationFactory>(factory);
