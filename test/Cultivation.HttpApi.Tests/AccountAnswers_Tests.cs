using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cultivation.Identity;

namespace Cultivation.HttpApi.Tests;

/// <summary>What sign-in, token refresh and user creation answer when they refuse.</summary>
public abstract class AccountAnswers_Tests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CultivationWebApplicationFactory
{
    private async Task<string> NewUserAsync(string prefix) => (await factory.NewUserAsync(prefix, CultivationRoles.MunicipalReviewer)).UserName;

    private static async Task<(HttpStatusCode Status, string? Code, string? Title)> SignInAsync(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/app/account/token", new TokenRequestDto { UserName = userName, Password = password });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, problem.GetProperty("code").GetString(), problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Should_answer_an_unknown_user_a_wrong_password_and_a_locked_account_alike()
    {
        var userName = await NewUserAsync("alike");
        using var client = factory.CreateClient();
        var unknown = await SignInAsync(client, "nobody-" + Guid.NewGuid().ToString("N")[..8], "Wrong@12345");
        var wrongPassword = await SignInAsync(client, userName, "Wrong@12345");
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(client, userName, "Wrong@12345");
        }
        var lockedWithTheRightPassword = await SignInAsync(client, userName, TestData.Password);

        unknown.Status.ShouldBe(HttpStatusCode.BadRequest);
        unknown.Code.ShouldBe(CultivationDomainErrorCodes.InvalidCredentials);
        unknown.Title!.ShouldContain("锁定"); // the one message also tells a locked-out user why
        wrongPassword.ShouldBe(unknown);
        lockedWithTheRightPassword.ShouldBe(unknown);
    }

    [Fact]
    public async Task Should_spend_about_as_long_on_an_unknown_user_as_on_a_wrong_password()
    {
        var userName = await NewUserAsync("timing");
        using var client = factory.CreateClient();
        var unknownName = "nobody-" + Guid.NewGuid().ToString("N")[..8];
        await SignInAsync(client, unknownName, "Wrong@12345");
        await SignInAsync(client, userName, "Wrong@12345");
        var (unknown, known) = (new List<double>(), new List<double>());
        for (var i = 0; i < 7; i++)
        {
            unknown.Add(await TimeAsync(() => SignInAsync(client, unknownName, "Wrong@12345")));
            known.Add(await TimeAsync(() => SignInAsync(client, userName, "Wrong@12345")));
        }
        // One password hash each way: the medians stay within a factor of two (an unhashed answer is ten times faster).
        (Median(unknown) / Median(known)).ShouldBeInRange(0.5, 2.0, $"unknown {Median(unknown):0.0} ms, wrong password {Median(known):0.0} ms");
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [Fact]
    public async Task Should_answer_409_with_a_code_to_a_taken_user_name()
    {
        var userName = await NewUserAsync("taken");
        using var admin = await factory.ClientForAsync(TestData.Users.Admin);
        var response = await admin.PostAsJsonAsync("/api/app/users", new CreateUserDto
        {
            UserName = userName, DisplayName = "又一个", Password = TestData.Password, Roles = [CultivationRoles.MunicipalReviewer]
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(CultivationDomainErrorCodes.UserNameTaken);
        problem.GetProperty("errors").GetProperty("userName")[0].GetString()!.ShouldContain(userName);
    }

    [Fact]
    public async Task Should_create_a_user_name_once_and_answer_409_to_the_others_racing_for_it()
    {
        using var admin = await factory.ClientForAsync(TestData.Users.Admin);
        var userName = $"race-{Guid.NewGuid():N}"[..20];
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => admin.PostAsJsonAsync("/api/app/users", new CreateUserDto
        {
            UserName = userName, DisplayName = "并发", Password = TestData.Password, Roles = [CultivationRoles.MunicipalReviewer]
        })));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.OK).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Should_answer_401_to_an_unknown_or_used_refresh_token()
    {
        using var client = factory.CreateClient();
        var unknown = await client.PostAsJsonAsync("/api/app/account/refresh", new RefreshTokenRequestDto { RefreshToken = "not-a-refresh-token" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(CultivationDomainErrorCodes.InvalidRefreshToken);

        var tokens = await factory.SignInAsync(await NewUserAsync("refresh"), TestData.Password);
        (await client.PostAsJsonAsync("/api/app/account/refresh", new RefreshTokenRequestDto { RefreshToken = tokens.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/app/account/refresh", new RefreshTokenRequestDto { RefreshToken = tokens.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

public sealed class AccountAnswers_Sqlite_Tests(SqliteWebApplicationFactory factory) : AccountAnswers_Tests<SqliteWebApplicationFactory>(factory);

public sealed class AccountAnswers_MariaDb_Tests(MariaDbWebApplicationFactory factory) : AccountAnswers_Tests<MariaDbWebApplicationFactory>(factory);
