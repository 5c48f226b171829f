using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Cultivation.Configuration;
using Cultivation.Localization;
using Cultivation.Permissions;

namespace Cultivation.HttpApi.Tests;

/// <summary>The labels and the permission tree the client reads from the server instead of keeping its own copy.</summary>
public sealed class ApplicationConfiguration_Tests(SqliteWebApplicationFactory factory) : IClassFixture<SqliteWebApplicationFactory>
{
    private const string Url = "/api/app/application-configuration";

    [Theory]
    [InlineData("zh-Hans", "一等奖", "统一社会信用代码", "分派、暂停、关闭跟踪计划", "市级管理员")]
    [InlineData("en", "first prize", "Unified social credit code", "Assign, pause and close plans", "Municipal administrator")]
    public async Task Should_serve_the_labels_of_the_requested_culture(string culture, string prize, string creditCode, string manage, string admin)
    {
        using var client = await factory.ClientForAsync(TestData.Users.Investor);
        var configuration = await client.GetFromJsonAsync<ApplicationConfigurationDto>($"{Url}?culture={culture}");

        configuration!.Culture.ShouldBe(culture);
        configuration.Texts["Enum:PrizeLevel.First"].ShouldBe(prize);
        configuration.Texts["DisplayName:CreditCode"].ShouldBe(creditCode);
        configuration.Texts["Permission:Cultivation.FollowUps.Manage"].ShouldBe(manage);
        configuration.Texts["Role:MunicipalAdmin"].ShouldBe(admin);
        // Only what the client shows: not the server's own messages (error codes, validation, reminders).
        configuration.Texts.Keys.ShouldAllBe(k => ApplicationConfigurationConsts.ServedPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_follow_accept_language_without_a_culture_and_fall_back_to_chinese()
    {
        using var english = await factory.ClientForAsync(TestData.Users.Reviewer, "en-GB");
        (await english.GetFromJsonAsync<ApplicationConfigurationDto>(Url))!.Culture.ShouldBe("en");
        using var chinese = await factory.ClientForAsync(TestData.Users.Reviewer);
        (await chinese.GetFromJsonAsync<ApplicationConfigurationDto>($"{Url}?culture=zh-CN"))!.Culture.ShouldBe("zh-Hans");
        (await chinese.GetFromJsonAsync<ApplicationConfigurationDto>($"{Url}?culture=fr"))!.Culture.ShouldBe("zh-Hans");
        (await chinese.GetFromJsonAsync<ApplicationConfigurationDto>($"{Url}?culture=not-a-culture"))!.Culture.ShouldBe("zh-Hans");
    }

    [Fact]
    public async Task Should_serve_the_permission_tree_of_the_definitions_with_localized_names()
    {
        using var client = await factory.ClientForAsync(TestData.Users.PudongOfficer);
        var configuration = await client.GetFromJsonAsync<ApplicationConfigurationDto>($"{Url}?culture=zh-Hans");

        var group = configuration!.PermissionGroups.ShouldHaveSingleItem();
        group.Name.ShouldBe(CultivationPermissions.GroupName);
        group.DisplayName.ShouldBe("赛后培育平台");
        var followUps = group.Permissions.Single(p => p.Name == CultivationPermissions.FollowUps.Default);
        followUps.DisplayName.ShouldBe("跟踪服务");
        followUps.Children.Select(c => c.Name).ShouldContain(CultivationPermissions.FollowUps.Coverage);
        var served = group.Permissions.SelectMany(Flatten).ToList();
        served.Select(p => p.Name).ShouldBe(CultivationPermissionDefinitionProvider.Group.All().Select(p => p.Name), ignoreOrder: true);
        served.ShouldAllBe(p => !p.DisplayName.StartsWith("Permission:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_answer_not_modified_to_the_version_the_client_has()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin);
        var first = await client.GetAsync($"{Url}?culture=en");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = first.Headers.ETag.ShouldNotBeNull();
        var body = await first.Content.ReadFromJsonAsync<ApplicationConfigurationDto>();
        etag.Tag.ShouldBe($"\"{body!.Version}\"");
        first.Headers.CacheControl!.Private.ShouldBeTrue();

        using var again = new HttpRequestMessage(HttpMethod.Get, $"{Url}?culture=en");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(again);
        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();

        using var chinese = new HttpRequestMessage(HttpMethod.Get, $"{Url}?culture=zh-Hans");
        chinese.Headers.IfNoneMatch.Add(etag);
        (await client.SendAsync(chinese)).StatusCode.ShouldBe(HttpStatusCode.OK, "another culture is another version");
    }

    [Fact]
    public async Task Should_answer_anonymous_callers_401()
    {
        using var client = await factory.ClientForAsync(null);
        (await client.GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_refuse_an_overlong_culture_on_its_field()
    {
        using var client = await factory.ClientForAsync(TestData.Users.Admin);
        var response = await client.GetAsync($"{Url}?culture={new string('x', 2000)}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static IEnumerable<PermissionDefinitionDto> Flatten(PermissionDefinitionDto p) => p.Children.SelectMany(Flatten).Prepend(p);
}

/// <summary>The server's localization resource is complete: English has every Chinese key, and every enum that has labels has all of them.</summary>
public sealed class LocalizationResource_Tests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo(CultivationResource.DefaultCulture);

    [Fact]
    public void Should_have_an_english_text_for_every_chinese_key()
    {
        var chinese = JsonLocalizationStore.Instance.All(Chinese).ToDictionary();
        chinese.Keys.Where(k => !HasOwn(k, "en")).ShouldBeEmpty("keys without an English text");
    }

    [Fact]
    public void Should_name_every_value_of_an_enum_that_has_labels_in_both_languages()
    {
        var keys = JsonLocalizationStore.Instance.All(Chinese).Select(kv => kv.Key).ToHashSet();
        var missing = new List<string>();
        var assemblies = new[] { typeof(CultivationResource).Assembly, typeof(CultivationPermissions).Assembly };
        foreach (var type in assemblies.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsEnum))
        {
            if (!keys.Any(k => k.StartsWith($"Enum:{type.Name}.", StringComparison.Ordinal)))
            {
                continue;
            }
            foreach (var value in Enum.GetNames(type))
            {
                var key = $"Enum:{type.Name}.{value}";
                if (!keys.Contains(key) || !HasOwn(key, "en"))
                {
                    missing.Add(key);
                }
            }
        }
        missing.ShouldBeEmpty();
    }

    private static bool HasOwn(string key, string culture) =>
        JsonLocalizationStore.Instance.Find(key, CultureInfo.GetCultureInfo(culture)) is { } text
        && (culture != "en" || text != JsonLocalizationStore.Instance.Find(key, Chinese) || IsSameInBothLanguages(text));

    private static bool IsSameInBothLanguages(string text) => text.All(c => c < 0x2E80);
}
