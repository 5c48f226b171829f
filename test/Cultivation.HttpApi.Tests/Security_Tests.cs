using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cultivation.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Cultivation.HttpApi.Tests;

public abstract class Security_Tests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CultivationWebApplicationFactory
{
    [Fact]
    public async Task Should_refuse_an_expired_access_token_and_issue_a_new_one_on_refresh()
    {
        var issuedLongAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        var issuer = new AccessTokenIssuer(Options.Create(new JwtOptions { SigningKey = CultivationWebApplicationFactory.SigningKey }), issuedLongAgo);
        var (expired, _) = issuer.Issue(new AppUser(Guid.NewGuid(), TestData.Users.Admin), [CultivationRoles.MunicipalAdmin]);

        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", expired);
        (await client.GetAsync("/api/app/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var tokens = await factory.SignInAsync(TestData.Users.Reviewer, TestData.Password);
        var refreshed = await client.PostAsJsonAsync("/api/app/account/refresh", new RefreshTokenRequestDto { RefreshToken = tokens.RefreshToken });
        var next = (await refreshed.Content.ReadFromJsonAsync<TokenResultDto>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", next.AccessToken);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/app/account/me");
        me.GetProperty("userName").GetString().ShouldBe(TestData.Users.Reviewer);
    }

    [Fact]
    public async Task Should_let_one_user_sign_in_from_several_places_at_the_same_moment()
    {
        // Found by the soak benchmark: the sign-in's write checked the user's concurrency stamp, so 4 of 5 got 409.
        var attempts = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var client = factory.CreateClient();
            return (await client.PostAsJsonAsync("/api/app/account/token",
                new TokenRequestDto { UserName = TestData.Users.Reviewer, Password = TestData.Password })).StatusCode;
        }));
        attempts.ShouldAllBe(status => status == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_a_token_signed_with_another_key()
    {
        var issuer = new AccessTokenIssuer(Options.Create(new JwtOptions { SigningKey = Convert.ToBase64String(new byte[48]) }), TimeProvider.System);
        var (forged, _) = issuer.Issue(new AppUser(Guid.NewGuid(), "intruder"), [CultivationRoles.MunicipalAdmin]);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);
        (await client.GetAsync("/api/app/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_describe_the_officer_in_me_with_their_district()
    {
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/app/account/me");
        me.GetProperty("districtName").GetString().ShouldBe("浦东新区");
        me.GetProperty("roles")[0].GetString().ShouldBe(CultivationRoles.DistrictOfficer);
    }

    [Fact]
    public async Task Should_leave_health_and_the_api_document_open_and_everything_else_closed()
    {
        using var client = factory.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        document.GetProperty("paths").TryGetProperty("/api/app/enterprises", out _).ShouldBeTrue();
        (await client.GetAsync("/api/app/districts")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_describe_what_the_server_always_sends_as_required_for_generated_clients()
    {
        using var client = factory.CreateClient();
        var schemas = (await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");

        Required(schemas, "PagedResultDtoOfEnterpriseListItemDto").ShouldBe(["items", "totalCount"], ignoreOrder: true);
        Required(schemas, "ListResultDtoOfDistrictDto").ShouldBe(["items"]);
        Required(schemas, "EnterpriseDto").ShouldContain("name");
        Required(schemas, "EnterpriseDto").ShouldNotContain("creditCode"); // a 创客组 team has none
    }

    private static string[] Required(JsonElement schemas, string name) =>
        schemas.GetProperty(name).TryGetProperty("required", out var required)
            ? required.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : [];

    [Fact]
    public async Task Should_send_security_headers()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/health/live");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
    }

    [Fact]
    public async Task Should_allow_cross_origin_calls_only_from_configured_origins()
    {
        using var client = factory.CreateClient();
        async Task<HttpResponseMessage> PreflightAsync(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/api/app/enterprises");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "GET");
            return await client.SendAsync(request);
        }
        (await PreflightAsync("https://ui.example")).Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["https://ui.example"]);
        (await PreflightAsync("https://evil.example")).Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }
}

public sealed class Security_Sqlite_Tests(SqliteWebApplicationFactory factory) : Security_Tests<SqliteWebApplicationFactory>(factory);

public sealed class Security_MariaDb_Tests(MariaDbWebApplicationFactory factory) : Security_Tests<MariaDbWebApplicationFactory>(factory);

/// <summary>A host whose sign-in allows three attempts a minute.</summary>
public sealed class RateLimitedWebApplicationFactory : SqliteWebApplicationFactory
{
    protected override int SignInPerMinute => 3;
}

public sealed class SignInRateLimit_Tests(RateLimitedWebApplicationFactory factory) : IClassFixture<RateLimitedWebApplicationFactory>
{
    [Fact]
    public async Task Should_answer_429_with_retry_after_once_the_sign_in_limit_is_spent()
    {
        using var client = factory.CreateClient();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            responses.Add(await client.PostAsJsonAsync("/api/app/account/token", new TokenRequestDto { UserName = "nobody", Password = "Wrong@123" }));
        }
        responses.Select(r => r.StatusCode).ShouldBe(
            [HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
        // When to come back: within the one-minute window.
        var retryAfter = responses[^1].Headers.RetryAfter?.Delta;
        retryAfter.HasValue.ShouldBeTrue();
        retryAfter!.Value.TotalSeconds.ShouldBeInRange(1, 60);
    }
}

public sealed class SpaStaticFiles_Tests
{
    [Theory]
    [InlineData("main-7QJ2XK4M.js", Cultivation.StaticFiles.SpaStaticFiles.Immutable)]
    [InlineData("chunk-ABCDEF12.js", Cultivation.StaticFiles.SpaStaticFiles.Immutable)]
    [InlineData("styles-Z9Y8X7W6.css", Cultivation.StaticFiles.SpaStaticFiles.Immutable)]
    [InlineData("index.html", Cultivation.StaticFiles.SpaStaticFiles.Revalidate)]
    [InlineData("favicon.ico", Cultivation.StaticFiles.SpaStaticFiles.Revalidate)]
    [InlineData("3rdpartylicenses.txt", Cultivation.StaticFiles.SpaStaticFiles.Revalidate)]
    public void Should_cache_hashed_build_files_for_good_and_revalidate_the_rest(string fileName, string expected) =>
        Cultivation.StaticFiles.SpaStaticFiles.CacheControlFor(fileName).ShouldBe(expected);
}
