using Cultivation.Search;
using static Cultivation.Search.Tests.Contract.SearchTestProfiles;

namespace Cultivation.Search.Tests.Contract;

/// <summary>
/// What a caller relies on from either engine. Concrete subclasses run it on a real Lucene index and, when
/// ELASTICSEARCH_URL is set, on a live Elasticsearch. Expected sets are computed from the fixture with LINQ.
/// </summary>
public abstract class ProfileSearchEngine_Contract : IAsyncLifetime
{
    protected static readonly SearchSynonyms TestSynonyms = SearchSynonyms.Parse(["人工智能, AI", "集成电路，芯片"]);

    private IProfileSearchEngine? _engine;

    /// <summary>A new, empty engine of this kind, isolated from every other test's.</summary>
    protected abstract Task<IProfileSearchEngine> CreateEngineAsync(SearchSynonyms synonyms);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        (_engine as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    private async Task<IProfileSearchEngine> IndexedAsync(SearchSynonyms? synonyms = null)
    {
        _engine = await CreateEngineAsync(synonyms ?? TestSynonyms);
        await _engine.IndexAsync(All, CancellationToken.None);
        return _engine;
    }

    private static Task<ProfileSearchResult> Search(IProfileSearchEngine engine, ProfileSearchQuery query) => engine.SearchAsync(query, CancellationToken.None);

    private static IEnumerable<Guid> Ids(ProfileSearchResult result) => result.Hits.Select(h => h.Id);

    [SkippableFact]
    public async Task Should_find_chinese_full_text_and_only_that()
    {
        var engine = await IndexedAsync(SearchSynonyms.None);

        var ai = await Search(engine, new() { Text = "人工智能", Scope = SearchScope.Everything, Take = 50 });
        var chips = await Search(engine, new() { Text = "集成电路", Scope = SearchScope.Everything, Take = 50 });

        Ids(ai).ShouldBe([MedicalImagingAi, AiChip, UnpublishedPudongAi, UnpublishedXuhuiAi, AiInName], ignoreOrder: true);
        ai.Total.ShouldBe(5);
        Ids(chips).ShouldBe([ChipDesign, AiChip], ignoreOrder: true);
        (await Search(engine, new() { Text = "人工", Scope = SearchScope.Everything })).Total.ShouldBe(0, "人工智能 is one word, not 人工 + 智能");
    }

    [SkippableFact]
    public async Task Should_require_every_word_in_some_field()
    {
        var engine = await IndexedAsync(SearchSynonyms.None);

        var result = await Search(engine, new() { Text = "人工智能 医学影像", Scope = SearchScope.Everything });

        Ids(result).ShouldBe([MedicalImagingAi]);
    }

    [SkippableFact]
    public async Task Should_find_english_fields()
    {
        var engine = await IndexedAsync();

        var result = await Search(engine, new() { Text = "collaborative robots" });

        Ids(result).ShouldBe([Robotics]);
        result.Hits[0].Highlights.Keys.ShouldContain(ProfileTextFields.HeadlineEn);
    }

    [SkippableFact]
    public async Task Should_highlight_the_chinese_words_that_matched()
    {
        var engine = await IndexedAsync();

        var result = await Search(engine, new() { Text = "集成电路" });

        var chip = result.Hits.Single(h => h.Id == ChipDesign);
        chip.EnterpriseId.ShouldBe(Get(ChipDesign).EnterpriseId);
        chip.Highlights[ProfileTextFields.Headline].ShouldBe(["高性能<em>集成电路</em>设计与验证"]);
        chip.Highlights[ProfileTextFields.Summary].Single().ShouldContain("<em>集成电路</em>设计");
        chip.Highlights.Keys.ShouldNotContain(ProfileTextFields.Name);
    }

    [SkippableFact]
    public async Task Should_rank_a_match_in_the_name_first()
    {
        var engine = await IndexedAsync(SearchSynonyms.None);

        var result = await Search(engine, new() { Text = "人工智能" });

        result.Hits[0].Id.ShouldBe(AiInName);
        result.Hits.Select(h => h.Score).ShouldBeInOrder(SortDirection.Descending);
    }

    [SkippableFact]
    public async Task Should_filter_with_or_within_a_facet_and_and_across_facets()
    {
        var engine = await IndexedAsync();
        var industries = new[] { "ArtificialIntelligence", "IntegratedCircuit" };
        var districts = new[] { "Pudong", "Minhang" };

        var result = await Search(engine, new()
        {
            Scope = SearchScope.Everything,
            Take = 50,
            Filters = new Dictionary<string, IReadOnlyCollection<string>> { [ProfileFacets.Industry] = industries, [ProfileFacets.District] = districts },
        });

        var expected = All.Where(p => p.Industries.Intersect(industries).Any() && districts.Contains(p.District)).Select(p => p.Id).ToList();
        expected.Count.ShouldBe(3);
        Ids(result).ShouldBe(expected, ignoreOrder: true);
        result.Total.ShouldBe(expected.Count);
    }

    [SkippableFact]
    public async Task Should_count_each_facet_with_every_filter_but_its_own()
    {
        var engine = await IndexedAsync();
        string[] industries = ["ArtificialIntelligence"], stages = ["SeriesA", "Angel"];
        var query = new ProfileSearchQuery
        {
            Scope = SearchScope.Everything,
            Filters = new Dictionary<string, IReadOnlyCollection<string>> { [ProfileFacets.Industry] = industries, [ProfileFacets.FinancingStage] = stages },
            Facets = [ProfileFacets.Industry, ProfileFacets.FinancingStage, ProfileFacets.District, ProfileFacets.Edition, ProfileFacets.Title],
        };

        var result = await Search(engine, query);

        bool InIndustry(ProfileDocument p) => p.Industries.Intersect(industries).Any();
        bool InStage(ProfileDocument p) => stages.Contains(p.FinancingStage);
        result.Facets[ProfileFacets.Industry].ShouldBe(Counts(All.Where(InStage), p => p.Industries));
        result.Facets[ProfileFacets.FinancingStage].ShouldBe(Counts(All.Where(InIndustry), p => [p.FinancingStage!]));
        result.Facets[ProfileFacets.District].ShouldBe(Counts(All.Where(p => InIndustry(p) && InStage(p)), p => [p.District]));
        result.Facets[ProfileFacets.Edition].ShouldBe(Counts(All.Where(p => InIndustry(p) && InStage(p)), p => [p.Edition!.Value.ToString()]));
        result.Facets[ProfileFacets.Title].ShouldBe(Counts(All.Where(p => InIndustry(p) && InStage(p)), p => p.Titles));
        result.Total.ShouldBe(All.Count(p => InIndustry(p) && InStage(p)));
        // The counts of a facet's selected values are what selecting each alone would return.
        foreach (var stage in result.Facets[ProfileFacets.FinancingStage])
        {
            var alone = await Search(engine, query with { Filters = new Dictionary<string, IReadOnlyCollection<string>> { [ProfileFacets.Industry] = industries, [ProfileFacets.FinancingStage] = [stage.Value] } });
            alone.Total.ShouldBe(stage.Count);
        }
    }

    [SkippableFact]
    public async Task Should_count_facets_over_the_text_matches_only()
    {
        var engine = await IndexedAsync(SearchSynonyms.None);

        var result = await Search(engine, new() { Text = "人工智能", Facets = [ProfileFacets.District, ProfileFacets.PrizeLevel] });

        var matches = All.Where(p => p.IsPublished && (p.Headline + p.Name + p.Summary).Contains("人工智能")).ToList();
        result.Facets[ProfileFacets.District].ShouldBe(Counts(matches, p => [p.District]));
        result.Facets[ProfileFacets.PrizeLevel].ShouldBe(Counts(matches, p => [p.PrizeLevel!]));
    }

    [SkippableFact]
    public async Task Should_never_show_an_unpublished_profile_to_published_only()
    {
        var engine = await IndexedAsync();

        var all = await Search(engine, new() { Scope = SearchScope.PublishedOnly, Take = 100, Facets = [ProfileFacets.District] });
        var text = await Search(engine, new() { Text = "人工智能", Scope = SearchScope.PublishedOnly, Take = 100 });

        Ids(all).ShouldBe(All.Where(p => p.IsPublished).Select(p => p.Id), ignoreOrder: true);
        Ids(text).ShouldNotContain(UnpublishedPudongAi);
        Ids(text).ShouldNotContain(UnpublishedXuhuiAi);
        all.Facets[ProfileFacets.District].Sum(v => v.Count).ShouldBe(All.Count(p => p.IsPublished));
    }

    [SkippableFact]
    public async Task Should_show_a_district_its_own_unpublished_profiles_and_no_other_district_s()
    {
        var engine = await IndexedAsync();

        var result = await Search(engine, new() { Text = "人工智能", Scope = SearchScope.PublishedOrDistrict(Pudong), Take = 100 });

        Ids(result).ShouldContain(UnpublishedPudongAi);
        Ids(result).ShouldNotContain(UnpublishedXuhuiAi);
        (await Search(engine, new() { Scope = SearchScope.Everything, Take = 100 })).Total.ShouldBe(All.Count);
    }

    [SkippableFact]
    public async Task Should_sort_by_newest_and_by_award_level()
    {
        var engine = await IndexedAsync();

        var newest = await Search(engine, new() { Sort = ProfileSort.Newest, Scope = SearchScope.Everything, Take = 100 });
        var award = await Search(engine, new() { Sort = ProfileSort.AwardLevel, Scope = SearchScope.Everything, Take = 100 });

        newest.Hits.ShouldAllBe(h => h.Score == 0, "a score is reported only when it orders the hits");
        Ids(newest).ShouldBe(All.OrderByDescending(p => p.NewestAt).ThenBy(p => p.Id.ToString("N"), StringComparer.Ordinal).Select(p => p.Id));
        Ids(award).ShouldBe(All.OrderByDescending(p => p.AwardRank).ThenByDescending(p => p.NewestAt).ThenBy(p => p.Id.ToString("N"), StringComparer.Ordinal).Select(p => p.Id));
    }

    [SkippableFact]
    public async Task Should_find_only_what_changed_after_an_instant()
    {
        var engine = await IndexedAsync();
        var middle = All.Select(p => p.UpdatedAt).Order().ElementAt(All.Count / 2);

        var changed = await Search(engine, new() { ChangedSince = middle, Scope = SearchScope.Everything, Take = 100 });

        Ids(changed).ShouldBe(All.Where(p => p.UpdatedAt > middle).Select(p => p.Id), ignoreOrder: true);
        changed.Total.ShouldBeGreaterThan(0);
        changed.Total.ShouldBeLessThan(All.Count);
    }

    [SkippableFact]
    public async Task Should_page_through_the_same_order_without_overlap()
    {
        var engine = await IndexedAsync();
        var query = new ProfileSearchQuery { Sort = ProfileSort.AwardLevel, Scope = SearchScope.Everything };

        var whole = await Search(engine, query with { Take = 100 });
        var pages = new List<Guid>();
        for (var skip = 0; skip < All.Count; skip += 2)
        {
            var page = await Search(engine, query with { Skip = skip, Take = 2 });
            page.Total.ShouldBe(All.Count);
            pages.AddRange(Ids(page));
        }

        pages.ShouldBe(Ids(whole));
        (await Search(engine, query with { Skip = 100, Take = 10 })).Hits.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Should_no_longer_find_a_deleted_profile()
    {
        var engine = await IndexedAsync();

        await engine.DeleteAsync([ChipDesign, Guid.NewGuid()], CancellationToken.None);

        Ids(await Search(engine, new() { Text = "集成电路" })).ShouldBe([AiChip]);
        (await engine.GetHealthAsync(CancellationToken.None)).DocumentCount.ShouldBe(All.Count - 1);
    }

    [SkippableFact]
    public async Task Should_replace_a_profile_indexed_again_with_the_same_id()
    {
        var engine = await IndexedAsync();
        var changed = Get(NewMaterials) with { Headline = "固态电池电解质材料", Industries = ["AdvancedMaterials", "Automotive"] };

        await engine.IndexAsync([changed], CancellationToken.None);

        (await Search(engine, new() { Text = "碳纤维" })).Hits.ShouldBeEmpty();
        Ids(await Search(engine, new() { Text = "固态电池" })).ShouldBe([NewMaterials]);
        var automotive = await Search(engine, new() { Filters = new Dictionary<string, IReadOnlyCollection<string>> { [ProfileFacets.Industry] = ["Automotive"] } });
        Ids(automotive).ShouldBe([Robotics, NewMaterials], ignoreOrder: true);
        (await engine.GetHealthAsync(CancellationToken.None)).DocumentCount.ShouldBe(All.Count);
    }

    [SkippableFact]
    public async Task Should_answer_the_same_after_a_rebuild_as_after_incremental_writes()
    {
        var incremental = await IndexedAsync();
        var queries = new ProfileSearchQuery[]
        {
            new() { Text = "人工智能", Facets = [ProfileFacets.Industry, ProfileFacets.District] },
            new() { Text = "芯片", Scope = SearchScope.Everything, Sort = ProfileSort.Newest },
            new() { Scope = SearchScope.PublishedOrDistrict(Xuhui), Sort = ProfileSort.AwardLevel, Facets = [ProfileFacets.Title, ProfileFacets.ChainTag, ProfileFacets.NationalAdvancement, ProfileFacets.AmountBand] },
        };
        var before = new List<ProfileSearchResult>();
        foreach (var query in queries)
        {
            before.Add(await Search(incremental, query));
        }

        var stale = Get(Robotics) with { Id = Guid.NewGuid(), Headline = "重建时应消失的旧档案" };
        await incremental.IndexAsync([stale], CancellationToken.None);
        await incremental.RebuildAsync(Stream(All), CancellationToken.None);

        for (var i = 0; i < queries.Length; i++)
        {
            var after = await Search(incremental, queries[i]);
            after.Total.ShouldBe(before[i].Total);
            Ids(after).ShouldBe(Ids(before[i]));
            after.Facets.Keys.ShouldBe(before[i].Facets.Keys, ignoreOrder: true);
            foreach (var facet in after.Facets)
            {
                facet.Value.ShouldBe(before[i].Facets[facet.Key]);
            }
        }
        (await Search(incremental, new() { Text = "重建时应消失的旧档案" })).Hits.ShouldBeEmpty();
        (await incremental.GetHealthAsync(CancellationToken.None)).DocumentCount.ShouldBe(All.Count);
    }

    [SkippableFact]
    public async Task Should_expand_synonyms_both_ways()
    {
        var engine = await IndexedAsync();

        var ai = await Search(engine, new() { Text = "AI", Take = 50 });
        var chips = await Search(engine, new() { Text = "芯片", Take = 50 });
        var aiChips = await Search(engine, new() { Text = "AI 芯片", Take = 50 });

        Ids(ai).ShouldBe(All.Where(p => p.IsPublished && (p.Name + p.Headline + p.Summary).Contains("人工智能")).Select(p => p.Id), ignoreOrder: true);
        Ids(chips).ShouldBe([ChipDesign, AiChip], ignoreOrder: true);
        Ids(aiChips).ShouldBe([AiChip]);
        ai.Hits.First(h => h.Id == MedicalImagingAi).Highlights[ProfileTextFields.Headline].Single().ShouldContain("<em>人工智能</em>");
    }

    [SkippableFact]
    public async Task Should_not_expand_without_a_synonym_list()
    {
        var engine = await IndexedAsync(SearchSynonyms.None);

        (await Search(engine, new() { Text = "芯片" })).Hits.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Should_refuse_an_unknown_facet()
    {
        var engine = await IndexedAsync();

        var error = await Should.ThrowAsync<ArgumentException>(() => Search(engine, new() { Facets = ["colour"] }));

        error.Message.ShouldContain("colour");
    }

    [SkippableFact]
    public async Task Should_report_its_health()
    {
        var engine = await IndexedAsync();

        var health = await engine.GetHealthAsync(CancellationToken.None);

        health.DocumentCount.ShouldBe(All.Count);
        health.MappingVersion.ShouldNotBeNullOrWhiteSpace();
        health.IndexName.ShouldNotBeNullOrWhiteSpace();
    }

    /// <summary>Value counts ordered as both engines order them: count descending, then value.</summary>
    protected static List<FacetValueCount> Counts(IEnumerable<ProfileDocument> profiles, Func<ProfileDocument, IEnumerable<string>> values) =>
        profiles.SelectMany(p => values(p).Where(v => v is not null).Distinct())
            .GroupBy(v => v)
            .Select(g => new FacetValueCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
}
