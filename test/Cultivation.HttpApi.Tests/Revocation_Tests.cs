using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cultivation.Identity;

namespace Cultivation.HttpApi.Tests;

/// <summary>A change of a user's access takes effect with the next request of a token issued before it.</summary>
public abstract class Revocation_Tests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CultivationWebApplicationFactory
{
    private async Task<(IdentityUserDto User, HttpClient Client)> NewSignedInUserAsync(string role, Guid? districtId = null)
    {
        var user = await factory.NewUserAsync("revoke", role, districtId);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await factory.SignInAsync(user.UserName, TestData.Password)).AccessToken);
        (await client.GetAsync("/api/app/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (user, client);
    }

    private async Task UpdateAsync(IdentityUserDto user, Action<UpdateUserDto> change)
    {
        using var admin = await factory.ClientForAsync(TestData.Users.Admin);
        var input = new UpdateUserDto
        {
            DisplayName = user.DisplayName, Roles = user.Roles, DistrictId = user.DistrictId, InstitutionId = user.InstitutionId,
            IsActive = user.IsActive, ConcurrencyStamp = user.ConcurrencyStamp
        };
        change(input);
        (await admin.PutAsJsonAsync($"/api/app/users/{user.Id}", input)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Should_refuse_the_token_of_a_disabled_user_at_once()
    {
        var (user, client) = await NewSignedInUserAsync(CultivationRoles.MunicipalReviewer);
        await UpdateAsync(user, u => u.IsActive = false);
        (await client.GetAsync("/api/app/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/app/enterprises")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_refuse_the_token_of_a_deleted_user_at_once()
    {
        var (user, client) = await NewSignedInUserAsync(CultivationRoles.MunicipalReviewer);
        using var admin = await factory.ClientForAsync(TestData.Users.Admin);
        (await admin.DeleteAsync($"/api/app/users/{user.Id}")).EnsureSuccessStatusCode();
        (await client.GetAsync("/api/app/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_refuse_the_token_of_a_demoted_administrator_at_once()
    {
        var (user, client) = await NewSignedInUserAsync(CultivationRoles.MunicipalAdmin);
        (await client.GetAsync("/api/app/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await UpdateAsync(user, u => u.Roles = [CultivationRoles.MunicipalReviewer]);
        (await client.GetAsync("/api/app/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/app/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_refuse_the_token_of_an_officer_moved_to_another_district_at_once()
    {
        var (user, client) = await NewSignedInUserAsync(CultivationRoles.DistrictOfficer, TestData.PudongId);
        (await client.GetAsync($"/api/app/enterprises/{factory.Ids.PudongCompany}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await UpdateAsync(user, u => u.DistrictId = TestData.XuhuiId);
        (await client.GetAsync($"/api/app/enterprises/{factory.Ids.PudongCompany}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // Signed in again, the officer's data scope and /me both name the new district.
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await factory.SignInAsync(user.UserName, TestData.Password)).AccessToken);
        (await client.GetAsync($"/api/app/enterprises/{factory.Ids.PudongCompany}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/app/enterprises/{factory.Ids.XuhuiCompany}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetFromJsonAsync<JsonElement>("/api/app/account/me")).GetProperty("districtId").GetGuid().ShouldBe(TestData.XuhuiId);
    }

    [Fact]
    public async Task Should_keep_accepting_the_token_of_a_user_whose_access_did_not_change()
    {
        var (user, client) = await NewSignedInUserAsync(CultivationRoles.MunicipalReviewer);
        await UpdateAsync(user, u => u.DisplayName = "改了名字");
        (await client.GetAsync("/api/app/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class Revocation_Sqlite_Tests(SqliteWebApplicationFactory factory) : Revocation_Tests<SqliteWebApplicationFactory>(factory);

public sealed class Revocation_MariaDb_Tests(MariaDbWebApplicationFactory factory) : Revocation_Tests<MariaDbWebApplicationFactory>(factory);
