using System.Text.Json.Nodes;
using Cultivation.Search;
using Cultivation.Search.Tests.Contract;
using HttpMethod = Elasticsearch.Net.HttpMethod;

namespace Cultivation.Search.Tests.Elasticsearch;

/// <summary>The search request NEST sends for a query, and the result read from recorded responses.</summary>
public sealed class ElasticsearchSearchRequest_Tests
{
    private static readonly SearchSynonyms Synonyms = SearchSynonyms.Parse(["集成电路, 芯片"]);

    private static async Task<(JsonNode Body, RecordedRequest Request, ProfileSearchResult Result)> SearchAsync(ProfileSearchQuery query)
    {
        var (engine, connection) = ElasticsearchInMemory.Create(c => c.AnswerFile(HttpMethod.POST, "/cultivation-profiles/_search", "search-chips-response.json"), synonyms: Synonyms);
        var result = await engine.SearchAsync(query, CancellationToken.None);
        var request = connection.Requests.Single(r => r.Path.EndsWith("/_search", StringComparison.Ordinal));
        return (JsonNode.Parse(request.Body)!, request, result);
    }

    private static readonly ProfileSearchQuery ChipsInPudongOrXuhui = new()
    {
        Text = "芯片",
        Filters = new Dictionary<string, IReadOnlyCollection<string>>
        {
            [ProfileFacets.District] = ["Pudong", "Xuhui"],
            [ProfileFacets.Edition] = ["2022", "2024"],
        },
        Facets = [ProfileFacets.Industry, ProfileFacets.District, ProfileFacets.Edition],
        Sort = ProfileSort.AwardLevel,
        Skip = 20,
        Take = 10,
    };

    [Fact]
    public async Task Should_search_the_alias_with_typed_keys_and_the_page()
    {
        var (body, request, _) = await SearchAsync(ChipsInPudongOrXuhui);

        request.Path.ShouldBe("/cultivation-profiles/_search");
        request.PathAndQuery.ShouldContain("typed_keys=true");
        body["from"]!.GetValue<int>().ShouldBe(20);
        body["size"]!.GetValue<int>().ShouldBe(10);
        body["track_total_hits"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Should_match_every_synonym_alternative_across_the_text_fields()
    {
        var (body, _, _) = await SearchAsync(ChipsInPudongOrXuhui);

        var alternatives = body["query"]!["bool"]!["must"]!.AsArray().Single()!["dis_max"]!["queries"]!.AsArray();
        alternatives.Select(a => a!["multi_match"]!["query"]!.GetValue<string>()).ShouldBe(["芯片", "集成电路"]);
        foreach (var alternative in alternatives.Select(a => a!["multi_match"]!))
        {
            alternative["type"]!.GetValue<string>().ShouldBe("cross_fields");
            alternative["operator"]!.GetValue<string>().ShouldBe("and");
            alternative["fields"]!.AsArray().Select(f => f!.GetValue<string>())
                .ShouldBe(["name^3", "nameEn^3", "headline^2", "headlineEn^2", "summary^1", "product^1", "market^1", "team^1"]);
        }
    }

    [Fact]
    public async Task Should_restrict_to_published_profiles_in_the_query_and_filter_the_facets_in_post_filter()
    {
        var (body, _, _) = await SearchAsync(ChipsInPudongOrXuhui);

        body["query"]!["bool"]!["filter"]!.AsArray().Single()!["term"]!["isPublished"]!["value"]!.GetValue<bool>().ShouldBeTrue();
        Terms(body["post_filter"]!).ShouldBe(new Dictionary<string, string>
        {
            ["district"] = "Pudong,Xuhui",
            ["edition"] = "2022,2024",
        });
    }

    [Fact]
    public async Task Should_count_each_facet_under_every_filter_but_its_own()
    {
        var (body, _, _) = await SearchAsync(ChipsInPudongOrXuhui);

        var aggregations = body["aggs"]!.AsObject();
        aggregations.Select(a => a.Key).ShouldBe(["facet_industry", "facet_district", "facet_edition"], ignoreOrder: true);
        Terms(aggregations["facet_industry"]!["filter"]!).Keys.ShouldBe(["district", "edition"], ignoreOrder: true);
        Terms(aggregations["facet_district"]!["filter"]!).Keys.ShouldBe(["edition"]);
        Terms(aggregations["facet_edition"]!["filter"]!).Keys.ShouldBe(["district"]);
        aggregations["facet_industry"]!["aggs"]!["facet_values"]!["terms"]!["field"]!.GetValue<string>().ShouldBe("industries");
        aggregations["facet_industry"]!["aggs"]!["facet_values"]!["terms"]!["size"]!.GetValue<int>().ShouldBe(100);
    }

    [Fact]
    public async Task Should_highlight_the_text_fields_with_em()
    {
        var (body, _, _) = await SearchAsync(ChipsInPudongOrXuhui);

        var highlight = body["highlight"]!;
        highlight["pre_tags"]!.AsArray().Single()!.GetValue<string>().ShouldBe("<em>");
        highlight["post_tags"]!.AsArray().Single()!.GetValue<string>().ShouldBe("</em>");
        highlight["fields"]!.AsObject().Select(f => f.Key).ShouldBe(ProfileTextFields.All, ignoreOrder: true);
    }

    [Theory]
    [InlineData(ProfileSort.Relevance, "_score:desc id:asc")]
    [InlineData(ProfileSort.Newest, "newestAt:desc id:asc")]
    [InlineData(ProfileSort.AwardLevel, "awardRank:desc newestAt:desc id:asc")]
    public async Task Should_sort_as_asked_and_end_on_the_id(ProfileSort sort, string expected)
    {
        var (body, _, _) = await SearchAsync(ChipsInPudongOrXuhui with { Sort = sort });

        var sorts = body["sort"]!.AsArray().Select(s => s!.AsObject().Single()).Select(s => $"{s.Key}:{s.Value!["order"]!.GetValue<string>()}");
        string.Join(' ', sorts).ShouldBe(expected);
    }

    [Fact]
    public async Task Should_send_no_text_query_highlight_or_post_filter_when_not_asked()
    {
        var (body, _, _) = await SearchAsync(new ProfileSearchQuery { Scope = SearchScope.Everything });

        // NEST drops a bool query without clauses: no query is match_all.
        (body["query"]?["bool"]?["must"]).ShouldBeNull();
        (body["query"]?["bool"]?["filter"]).ShouldBeNull();
        body["highlight"].ShouldBeNull();
        body["post_filter"].ShouldBeNull();
        body["aggs"].ShouldBeNull();
    }

    [Fact]
    public async Task Should_let_a_district_see_its_own_drafts()
    {
        var (body, _, _) = await SearchAsync(new ProfileSearchQuery { Scope = SearchScope.PublishedOrDistrict(SearchTestProfiles.Pudong) });

        var should = body["query"]!["bool"]!["filter"]!.AsArray().Single()!["bool"]!["should"]!.AsArray();
        should[0]!["term"]!["isPublished"]!["value"]!.GetValue<bool>().ShouldBeTrue();
        should[1]!["term"]!["districtId"]!["value"]!.GetValue<string>().ShouldBe(SearchTestProfiles.Pudong.ToString());
    }

    [Fact]
    public async Task Should_read_total_hits_highlights_and_facet_buckets_from_the_response()
    {
        var (_, _, result) = await SearchAsync(ChipsInPudongOrXuhui);

        result.Total.ShouldBe(2);
        result.Hits.Select(h => h.Id).ShouldBe([SearchTestProfiles.ChipDesign, SearchTestProfiles.AiChip]);
        result.Hits.Select(h => h.EnterpriseId).ShouldBe([SearchTestProfiles.Get(SearchTestProfiles.ChipDesign).EnterpriseId, SearchTestProfiles.Get(SearchTestProfiles.AiChip).EnterpriseId]);
        result.Hits[0].Score.ShouldBe(5.183772, 1e-6);
        result.Hits[0].Highlights[ProfileTextFields.Headline].ShouldBe(["高性能<em>集成电路</em>设计与验证"]);
        result.Hits[1].Highlights.Keys.ShouldBe([ProfileTextFields.Headline]);
        result.Facets[ProfileFacets.Industry].ShouldBe([new FacetValueCount("IntegratedCircuit", 2), new FacetValueCount("ArtificialIntelligence", 1)]);
        result.Facets[ProfileFacets.District].ShouldBe([new FacetValueCount("Pudong", 2), new FacetValueCount("Xuhui", 1)]);
        result.Facets[ProfileFacets.Edition].ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_say_why_elasticsearch_refused_a_search()
    {
        var (engine, _) = ElasticsearchInMemory.Create(c => c.AnswerFile(HttpMethod.POST, "/cultivation-profiles/_search", "search-error-response.json", status: 400));

        var error = await Should.ThrowAsync<SearchEngineException>(() => engine.SearchAsync(new ProfileSearchQuery { Text = "芯片" }, CancellationToken.None));

        error.Message.ShouldContain("search profiles");
        error.Message.ShouldContain("all shards failed");
    }

    /// <summary>The terms filters of a bool filter: field → its values, comma-separated.</summary>
    private static Dictionary<string, string> Terms(JsonNode boolFilter) =>
        boolFilter["bool"]!["filter"]!.AsArray()
            .Select(f => f!["terms"]!.AsObject().Single())
            .ToDictionary(t => t.Key, t => string.Join(',', t.Value!.AsArray().Select(v => v!.GetValue<string>())));
}
