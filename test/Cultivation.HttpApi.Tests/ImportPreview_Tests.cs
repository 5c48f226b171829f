using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cultivation.Imports;

namespace Cultivation.HttpApi.Tests;

/// <summary>What an import's preview tells a district officer about enterprises of other districts: that they are, and nothing else.</summary>
public abstract class ImportPreview_Tests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CultivationWebApplicationFactory
{
    [Fact]
    public async Task Should_show_a_district_officer_only_that_another_districts_enterprise_is_out_of_reach()
    {
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        var file = System.Text.Encoding.UTF8.GetBytes($"统一社会信用代码,年度,从业人员数\n{TestData.XuhuiCompanyCode},2024,12\n");

        var upload = await client.SendAsync(MatrixContext.Upload(file, ImportKind.YearlyFigures));
        upload.StatusCode.ShouldBe(HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await client.GetFromJsonAsync<JsonElement>($"/api/app/imports/{id}/progress")).GetProperty("isInProgress").GetBoolean())
        {
            (DateTime.UtcNow < deadline).ShouldBeTrue("the import is still running");
            await Task.Delay(25);
        }

        var response = await client.GetAsync($"/api/app/imports/{id}/rows");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        var row = JsonDocument.Parse(body).RootElement.GetProperty("items")[0];
        row.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("code").GetString()).ShouldContain(CultivationDomainErrorCodes.ImportOutOfDistrict);
        row.GetProperty("enterpriseId").ValueKind.ShouldBe(JsonValueKind.Null);
        row.GetProperty("candidates").GetArrayLength().ShouldBe(0);
        var values = string.Join("\n", Strings(JsonDocument.Parse(body).RootElement));
        foreach (var secret in new[] { factory.Ids.XuhuiCompany.ToString(), "徐汇测试生物医药有限公司", TestData.XuhuiId.ToString(), "徐汇" })
        {
            values.ShouldNotContain(secret, Case.Insensitive);
        }
        (await client.GetAsync($"/api/app/enterprises/{factory.Ids.XuhuiCompany}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Every string in the document, unescaped (the API escapes Chinese as \uXXXX).</summary>
    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => []
    };
}

public sealed class ImportPreview_Sqlite_Tests(SqliteWebApplicationFactory factory) : ImportPreview_Tests<SqliteWebApplicationFactory>(factory);

public sealed class ImportPreview_MariaDb_Tests(MariaDbWebApplicationFactory factory) : ImportPreview_Tests<MariaDbWebApplicationFactory>(factory);
