using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cultivation.Imports;

namespace Cultivation.HttpApi.Tests;

/// <summary>What the host shows of itself: the API document, the API reference page, the upload limit's message.</summary>
public sealed partial class HostSurface_Tests(SqliteWebApplicationFactory factory) : IClassFixture<SqliteWebApplicationFactory>
{
    [Fact]
    public async Task Should_not_reflect_the_host_header_in_the_api_document()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = "evil.example";
        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("evil.example");
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (document.TryGetProperty("servers", out var servers))
        {
            servers.GetArrayLength().ShouldBe(0);
        }
    }

    [Fact]
    public async Task Should_protect_the_api_reference_page_with_a_per_response_script_nonce()
    {
        using var client = factory.CreateClient();
        var first = await client.GetAsync("/scalar/v1");
        var second = await client.GetAsync("/scalar/v1");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var policy = first.Headers.GetValues("Content-Security-Policy").Single();
        var scriptSrc = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        scriptSrc.ShouldNotContain("unsafe-inline");
        scriptSrc.ShouldNotContain("unsafe-eval");
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldContain("object-src 'none'");
        var nonce = NonceDirective().Match(scriptSrc).Groups[1].Value;
        nonce.ShouldNotBeNullOrEmpty();
        // Every script tag of the page carries it, and the next response has another.
        var page = await first.Content.ReadAsStringAsync();
        ScriptTag().Matches(page).Select(m => m.Value).ShouldAllBe(tag => tag.Contains($"nonce=\"{nonce}\""));
        second.Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain(nonce);
        page.ShouldNotContain("fonts.scalar.com");
    }

    [Theory]
    [InlineData("zh-Hans", "文件大小为 10.000001 MB，超过上限 10 MB")]
    [InlineData("en", "The file is 10.000001 MB, more than the limit of 10 MB")]
    public async Task Should_say_that_a_file_one_byte_over_the_limit_is_over_it(string language, string expected)
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin, language);
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(new byte[ImportConsts.MaxFileBytes + 1]), "file", "大文件.xlsx" },
            { new StringContent("ContestResults"), "kind" }
        };
        var response = await client.PostAsync("/api/app/imports", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(CultivationDomainErrorCodes.ImportFileTooLarge);
        problem.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldStartWith(expected);
    }

    [Theory]
    [InlineData(50L * 1024 * 1024, "50 MB")]
    [InlineData(10L * 1024 * 1024, "10 MB")]
    [InlineData(10L * 1024 * 1024 + 1, "10.000001 MB")]
    [InlineData(10L * 1024 * 1024 + 20_000, "10.02 MB")]
    [InlineData(12_900_000L, "12.3 MB")]
    public void Should_never_write_a_size_over_the_limit_as_the_limit(long bytes, string expected) =>
        FileSizeText.Megabytes(bytes, ImportConsts.MaxFileBytes).ShouldBe(expected);

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceDirective();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
