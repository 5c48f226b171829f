using System.Net;
using System.Net.Http.Json;
using Cultivation.AuditLogging;
using Cultivation.Dtos;
using Cultivation.IndustryFields;

namespace Cultivation.HttpApi.Tests;

/// <summary>What a request saves is logged under the business action its endpoint calls, named in the reader's language.</summary>
public abstract class AuditLogHttp_Tests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CultivationWebApplicationFactory
{
    [Fact]
    public async Task Should_log_a_request_under_its_business_action_named_in_the_readers_language()
    {
        using var admin = await factory.ClientForAsync(TestData.Users.Admin);
        var code = $"http-audit-{Guid.NewGuid():N}"[..24];
        (await admin.PostAsJsonAsync("/api/app/industry-fields", new CreateIndustryFieldDto { Code = code, Name = "审计动作测试领域" })).EnsureSuccessStatusCode();

        var zh = await admin.GetFromJsonAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?Action=IndustryField.Create&Module=IndustryFields");
        var entry = zh!.Items.First(l => l.EntityChanges.Any(c => c.EntityDisplayName == "审计动作测试领域"));
        (entry.ActionDisplayName, entry.ModuleDisplayName, entry.IsSystem).ShouldBe(("新增行业领域", "行业领域", false));
        entry.EntityChanges.ShouldHaveSingleItem().EntityTypeDisplayName.ShouldBe("行业领域");
        entry.EntityChanges[0].PropertyChanges.ShouldContain(p => p.DisplayName == "名称" && p.NewText == "审计动作测试领域");

        using var english = await factory.ClientForAsync(TestData.Users.Admin, "en");
        var en = await english.GetFromJsonAsync<PagedResultDto<AuditLogDto>>($"/api/app/audit-logs?Action=IndustryField.Create");
        en!.Items.Single(l => l.Id == entry.Id).ActionDisplayName.ShouldBe("Add industry field");
    }

    [Fact]
    public async Task Should_name_sign_ins_and_their_users_in_the_security_log()
    {
        using var admin = await factory.ClientForAsync(TestData.Users.Admin);
        var page = await admin.GetFromJsonAsync<PagedResultDto<SecurityLogDto>>($"/api/app/audit-logs/security?UserName={TestData.Users.Admin}");
        var signIn = page!.Items.First(l => l.Action == "SignInSucceeded");
        // The display name the administrator was seeded with, not the login name.
        (signIn.ActionDisplayName, signIn.UserDisplayName).ShouldBe(("登录", "系统管理员"));
    }

    [Fact]
    public async Task Should_refuse_unbounded_filters()
    {
        using var admin = await factory.ClientForAsync(TestData.Users.Admin);
        (await admin.GetAsync($"/api/app/audit-logs?Module={new string('m', AuditLogConsts.MaxModuleLength + 1)}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/app/audit-logs?Action={new string('a', AuditLogConsts.MaxActionLength + 1)}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class AuditLogHttp_Sqlite_Tests(SqliteWebApplicationFactory factory) : AuditLogHttp_Tests<SqliteWebApplicationFactory>(factory);

public sealed class AuditLogHttp_MariaDb_Tests(MariaDbWebApplicationFactory factory) : AuditLogHttp_Tests<MariaDbWebApplicationFactory>(factory);
