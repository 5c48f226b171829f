using System.Security.Claims;
using Cultivation.Enterprises;
using Cultivation.Profiles;
using Cultivation.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Application.Tests.Profiles;

/// <summary>
/// Search through the application over a real Lucene index fed by the outbox. Each test tags its profiles with its own
/// chain tag and filters by it, so the tests share the fixture's index without seeing each other's profiles.
/// </summary>
public abstract class ProfileSearch_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private int _sequence;

    private async Task<ProjectProfileDto> ProfileAsync(string tag, string headline, string summary, bool publish = true,
        ClaimsPrincipal? officer = null, Guid? districtId = null)
    {
        officer ??= TestPrincipals.PudongOfficer;
        var n = Interlocked.Increment(ref _sequence);
        var enterprise = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(officer, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company, Name = $"检索测试公司{tag}{n}", DistrictId = districtId ?? TestData.PudongId,
            CreditCode = $"91310115MA4{tag.GetHashCode() & 0xFFF:D4}{n:D2}0".FixCheck()
        }));
        var profile = await fixture.CallAsync<IProjectProfileAppService, ProjectProfileDto>(officer, s => s.SaveAsync(enterprise.Id,
            new SaveProjectProfileDto { Headline = headline, Summary = summary, ChainTags = [tag], FinancingStage = FinancingStage.SeriesA }));
        if (!publish)
        {
            return profile;
        }
        profile = await fixture.CallAsync<IProjectProfileAppService, ProjectProfileDto>(officer, s => s.RecordConsentAsync(profile.Id, new RecordConsentDto
        {
            ConsentedBy = "负责人", ConsentedOn = new DateOnly(2025, 6, 1), Profile = true, ConcurrencyStamp = profile.ConcurrencyStamp
        }));
        return await fixture.CallAsync<IProjectProfileAppService, ProjectProfileDto>(officer, s => s.PublishAsync(profile.Id,
            new ChangeProfileStatusDto { ConcurrencyStamp = profile.ConcurrencyStamp }));
    }

    private Task<(int Written, int Removed, int Failed)> SyncAsync() =>
        fixture.RunAsync(null, sp => sp.GetRequiredService<ProfileIndexSync>().SyncDueAsync());

    private Task<ProfileSearchResultDto> SearchAsync(ClaimsPrincipal user, string tag, string? text = null, Action<ProfileSearchInput>? more = null)
    {
        var input = new ProfileSearchInput { Text = text, ChainTag = [tag] };
        more?.Invoke(input);
        return fixture.CallAsync<IProfileSearchAppService, ProfileSearchResultDto>(user, s => s.SearchAsync(input));
    }

    [Fact]
    public async Task Should_find_published_profiles_by_chinese_text_with_highlights_and_facet_counts()
    {
        const string tag = "检索链A";
        var ai = await ProfileAsync(tag, "人工智能视觉质检平台", "面向汽车零部件产线的人工智能缺陷检测");
        await ProfileAsync(tag, "车规级芯片设计", "集成电路设计与验证");
        await ProfileAsync(tag, "人工智能药物发现", "新药研发平台", publish: false);
        await SyncAsync();

        var found = await SearchAsync(TestPrincipals.Investor, tag, "人工智能");
        found.TotalCount.ShouldBe(1);
        var hit = found.Items.ShouldHaveSingleItem();
        hit.Id.ShouldBe(ai.Id);
        hit.DistrictName.ShouldBe("浦东新区");
        hit.Highlights.Values.SelectMany(f => f).ShouldContain(f => f.Contains("<em>人工智能</em>"));

        var all = await SearchAsync(TestPrincipals.Investor, tag);
        all.TotalCount.ShouldBe(2);
        var stages = all.Facets.Single(f => f.Name == ProfileFacets.FinancingStage).Values.ShouldHaveSingleItem();
        (stages.Value, stages.Label, stages.Count).ShouldBe(("SeriesA", "A轮", 2L));
        all.Facets.Single(f => f.Name == ProfileFacets.District).Values.ShouldHaveSingleItem().Label.ShouldBe("浦东新区");
    }

    [Fact]
    public async Task Should_show_drafts_to_their_district_and_municipal_staff_only()
    {
        const string tag = "检索链B";
        var draft = await ProfileAsync(tag, "柔性电子皮肤", "柔性传感器", publish: false);
        var xuhuiDraft = await ProfileAsync(tag, "细胞治疗平台", "生物医药", publish: false, officer: TestPrincipals.XuhuiOfficer, districtId: TestData.XuhuiId);
        await SyncAsync();

        (await SearchAsync(TestPrincipals.Investor, tag)).TotalCount.ShouldBe(0);
        var pudong = await SearchAsync(TestPrincipals.PudongOfficer, tag);
        pudong.Items.Select(i => i.Id).ShouldBe([draft.Id]);
        pudong.Items[0].Status.ShouldBe(ProfileStatus.Draft);
        (await SearchAsync(TestPrincipals.XuhuiOfficer, tag)).Items.Select(i => i.Id).ShouldBe([xuhuiDraft.Id]);
        (await SearchAsync(TestPrincipals.Reviewer, tag)).TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task Should_never_show_a_withdrawn_profile_even_before_the_index_catches_up()
    {
        const string tag = "检索链C";
        var profile = await ProfileAsync(tag, "固态电池电解质", "先进材料");
        await SyncAsync();
        (await SearchAsync(TestPrincipals.Investor, tag)).Items.ShouldHaveSingleItem();

        await fixture.CallAsync<IProjectProfileAppService, ProjectProfileDto>(TestPrincipals.PudongOfficer, s => s.WithdrawAsync(profile.Id,
            new ChangeProfileStatusDto { Reason = "企业要求", ConcurrencyStamp = profile.ConcurrencyStamp }));
        (await SearchAsync(TestPrincipals.Investor, tag)).Items.ShouldBeEmpty();
        await SyncAsync();
        (await SearchAsync(TestPrincipals.Investor, tag)).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_escape_the_profiles_own_markup_in_highlights()
    {
        const string tag = "检索链D";
        await ProfileAsync(tag, "<img src=x onerror=alert(1)>智能网联", "智能网联汽车线控底盘");
        await SyncAsync();
        var fragments = (await SearchAsync(TestPrincipals.Investor, tag, "智能网联")).Items.ShouldHaveSingleItem().Highlights.Values.SelectMany(f => f).ToList();
        fragments.ShouldNotBeEmpty();
        fragments.ShouldAllBe(f => !f.Contains("<img"));
        fragments.ShouldContain(f => f.Contains("&lt;img"));
    }

    [Fact]
    public async Task Should_keep_changes_queued_while_the_engine_fails_and_write_them_once_it_is_back()
    {
        const string tag = "检索链E";
        await ProfileAsync(tag, "氢燃料电池膜电极", "未来能源");
        var failing = await fixture.RunAsync(null, async sp =>
        {
            var sync = ActivatorUtilities.CreateInstance<ProfileIndexSync>(sp, new UnavailableEngine());
            return await sync.SyncDueAsync();
        });
        failing.Failed.ShouldBeGreaterThan(0);
        (await SearchAsync(TestPrincipals.Investor, tag)).TotalCount.ShouldBe(0);

        fixture.Clock.Advance(TimeSpan.FromMinutes(11));   // past the longest back-off
        (await SyncAsync()).Written.ShouldBeGreaterThan(0);
        (await SearchAsync(TestPrincipals.Investor, tag)).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Should_answer_the_same_after_a_rebuild_as_after_incremental_writes()
    {
        const string tag = "检索链F";
        await ProfileAsync(tag, "工业互联网平台", "数字经济与智能制造");
        await ProfileAsync(tag, "数字孪生工厂", "智能制造");
        await SyncAsync();
        var incremental = await SearchAsync(TestPrincipals.Reviewer, tag, "智能制造");
        await fixture.RunAsync(null, sp => sp.GetRequiredService<ProfileIndexSync>().RebuildAsync());
        var rebuilt = await SearchAsync(TestPrincipals.Reviewer, tag, "智能制造");
        rebuilt.TotalCount.ShouldBe(incremental.TotalCount);
        rebuilt.Items.Select(i => i.Id).ShouldBe(incremental.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Should_keep_saved_searches_to_their_owner()
    {
        var saved = await fixture.CallAsync<ISavedSearchAppService, SavedSearchDto>(TestPrincipals.Investor, s => s.CreateAsync(new CreateUpdateSavedSearchDto
        {
            Name = "集成电路A轮", Criteria = new ProfileSearchInput { Text = "芯片", FinancingStage = [FinancingStage.SeriesA], SkipCount = 40 }
        }));
        saved.Criteria.FinancingStage.ShouldBe([FinancingStage.SeriesA]);
        saved.Criteria.SkipCount.ShouldBe(0);
        (await fixture.CallAsync<ISavedSearchAppService, List<SavedSearchDto>>(TestPrincipals.Investor, s => s.GetListAsync())).ShouldContain(x => x.Id == saved.Id);
        (await fixture.CallAsync<ISavedSearchAppService, List<SavedSearchDto>>(TestPrincipals.Reviewer, s => s.GetListAsync())).ShouldNotContain(x => x.Id == saved.Id);
        await Should.ThrowAsync<Cultivation.Exceptions.EntityNotFoundException>(() => fixture.CallAsync<ISavedSearchAppService>(TestPrincipals.Reviewer, s => s.DeleteAsync(saved.Id)));
    }

    [Fact]
    public async Task Should_alert_a_saved_search_once_per_new_or_changed_match()
    {
        const string tag = "检索链G";
        var saved = await fixture.CallAsync<ISavedSearchAppService, SavedSearchDto>(TestPrincipals.Investor, s => s.CreateAsync(new CreateUpdateSavedSearchDto
        {
            Name = "低空经济", Criteria = new ProfileSearchInput { ChainTag = [tag] }, AlertsEnabled = true
        }));
        async Task<int> AlertsAsync()
        {
            await fixture.RunAsync(null, sp => sp.GetRequiredService<SavedSearchAlertRun>().RunAsync());
            return await fixture.RunAsync(null, sp => sp.GetRequiredService<Cultivation.EntityFrameworkCore.CultivationDbContext>()
                .Set<Cultivation.Notifications.Notification>().CountAsync(n => n.UserId == TestData.Users.InvestorId && n.SourceKey.StartsWith($"saved-search:{saved.Id}")));
        }

        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var profile = await ProfileAsync(tag, "电动垂直起降飞行器", "低空经济整机研发");
        await SyncAsync();
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        (await AlertsAsync()).ShouldBe(1);
        (await AlertsAsync()).ShouldBe(1, "the same change is reported once");
        var link = await fixture.RunAsync(null, sp => sp.GetRequiredService<Cultivation.EntityFrameworkCore.CultivationDbContext>()
            .Set<Cultivation.Notifications.Notification>().Where(n => n.SourceKey.StartsWith($"saved-search:{saved.Id}")).Select(n => n.Link).SingleAsync());
        link.ShouldBe($"/profiles?chainTag={Uri.EscapeDataString(tag)}&sort=Newest", "the search page reads q, one parameter per facet and sort");

        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await fixture.CallAsync<IProjectProfileAppService, ProjectProfileDto>(TestPrincipals.PudongOfficer, s => s.SaveAsync(profile.EnterpriseId,
            new SaveProjectProfileDto { Headline = "电动垂直起降飞行器（已完成试飞）", Summary = "低空经济整机研发", ChainTags = [tag], ConcurrencyStamp = profile.ConcurrencyStamp }));
        await SyncAsync();
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        (await AlertsAsync()).ShouldBe(2);
    }

    /// <summary>An engine that is down: every call fails as a real one does when its server cannot be reached.</summary>
    private sealed class UnavailableEngine : IProfileSearchEngine
    {
        public Task IndexAsync(IReadOnlyCollection<ProfileDocument> documents, CancellationToken ct) => throw new SearchEngineException("connection refused");
        public Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) => throw new SearchEngineException("connection refused");
        public Task RebuildAsync(IAsyncEnumerable<ProfileDocument> all, CancellationToken ct) => throw new SearchEngineException("connection refused");
        public Task<ProfileSearchResult> SearchAsync(ProfileSearchQuery query, CancellationToken ct) => throw new SearchEngineException("connection refused");
        public Task<SearchIndexHealth> GetHealthAsync(CancellationToken ct) => throw new SearchEngineException("connection refused");
    }
}

public sealed class ProfileSearch_Sqlite_Tests(SqliteFixture fixture) : ProfileSearch_Tests<SqliteFixture>(fixture);

public sealed class ProfileSearch_MariaDb_Tests(MariaDbFixture fixture) : ProfileSearch_Tests<MariaDbFixture>(fixture);
