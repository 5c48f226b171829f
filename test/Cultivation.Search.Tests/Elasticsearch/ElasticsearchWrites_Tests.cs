using System.Text.Json.Nodes;
using Cultivation.Search;
using Cultivation.Search.Tests.Contract;
using static Cultivation.Search.Tests.Elasticsearch.ElasticsearchInMemory;
using HttpMethod = Elasticsearch.Net.HttpMethod;

namespace Cultivation.Search.Tests.Elasticsearch;

/// <summary>Index creation, bulk writes and the rebuild's alias swap as NEST sends them.</summary>
public sealed class ElasticsearchWrites_Tests
{
    private static readonly ProfileDocument[] TwoProfiles = [SearchTestProfiles.Get(SearchTestProfiles.MedicalImagingAi), SearchTestProfiles.Get(SearchTestProfiles.ChipDesign)];

    [Fact]
    public async Task Should_bulk_index_through_the_alias_by_id_and_wait_for_the_refresh()
    {
        var (engine, connection) = Create(c => c.AnswerFile(HttpMethod.POST, "/cultivation-profiles/_bulk", "bulk-index-response.json"));

        await engine.IndexAsync(TwoProfiles, CancellationToken.None);

        var bulk = connection.Requests.Single(r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal));
        bulk.Path.ShouldBe("/cultivation-profiles/_bulk");
        bulk.PathAndQuery.ShouldContain("refresh=wait_for");
        var lines = NdJson(bulk.Body);
        lines.Count.ShouldBe(4);
        lines[0]["index"]!["_id"]!.GetValue<string>().ShouldBe(SearchTestProfiles.MedicalImagingAi.ToString());
        var source = lines[1];
        source["headline"]!.GetValue<string>().ShouldBe("人工智能辅助医学影像诊断平台");
        source["industries"]!.AsArray().Select(i => i!.GetValue<string>()).ShouldBe(["ArtificialIntelligence", "Biomedicine"]);
        source["isPublished"]!.GetValue<bool>().ShouldBeTrue();
        source["edition"]!.GetValue<int>().ShouldBe(2023);
        DateTimeOffset.Parse(source["newestAt"]!.GetValue<string>()).ShouldBe(TwoProfiles[0].PublishedAt!.Value);
        lines[2]["index"]!["_id"]!.GetValue<string>().ShouldBe(SearchTestProfiles.ChipDesign.ToString());
    }

    [Fact]
    public async Task Should_say_which_documents_a_bulk_refused()
    {
        var (engine, _) = Create(c => c.AnswerFile(HttpMethod.POST, "/cultivation-profiles/_bulk", "bulk-index-errors-response.json"));

        var error = await Should.ThrowAsync<SearchEngineException>(() => engine.IndexAsync(TwoProfiles, CancellationToken.None));

        error.Message.ShouldContain(SearchTestProfiles.MedicalImagingAi.ToString());
        error.Message.ShouldContain("failed to parse field [awardRank]");
    }

    [Fact]
    public async Task Should_delete_by_id_and_ignore_ids_that_are_not_there()
    {
        var (engine, connection) = Create(c => c.AnswerFile(HttpMethod.POST, "/cultivation-profiles/_bulk", "bulk-delete-response.json"));
        var missing = new Guid("00000000-0000-0000-0000-0000000000ff");

        await engine.DeleteAsync([SearchTestProfiles.ChipDesign, missing], CancellationToken.None);

        var bulk = connection.Requests.Single(r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal));
        bulk.PathAndQuery.ShouldContain("refresh=wait_for");
        NdJson(bulk.Body).Select(l => l["delete"]!["_id"]!.GetValue<string>()).ShouldBe([SearchTestProfiles.ChipDesign.ToString(), missing.ToString()]);
    }

    [Theory]
    [InlineData(ElasticsearchAnalyzers.Smartcn, "smartcn", "smartcn")]
    [InlineData(ElasticsearchAnalyzers.Ik, "ik_max_word", "ik_smart")]
    public async Task Should_create_the_first_index_behind_the_alias_with_the_configured_analyzer(string analyzer, string indexAnalyzer, string searchAnalyzer)
    {
        var (engine, connection) = Create(c => c.AnswerFile(HttpMethod.POST, "/cultivation-profiles/_bulk", "bulk-index-response.json"),
            new ElasticsearchSearchOptions { Analyzer = analyzer }, aliasExists: false);

        await engine.IndexAsync(TwoProfiles, CancellationToken.None);

        connection.Requests.Select(r => $"{r.Method} {r.Path}").ShouldBe(["HEAD /_alias/cultivation-profiles", $"PUT /{NewIndex}", "POST /cultivation-profiles/_bulk"]);
        var index = JsonNode.Parse(connection.Requests[1].Body)!;
        index["aliases"]!["cultivation-profiles"].ShouldNotBeNull();
        var mapping = index["mappings"]!;
        mapping["dynamic"]!.ToString().ShouldBe("false");
        mapping["_meta"]!["mappingVersion"]!.GetValue<string>().ShouldBe("1");
        var properties = mapping["properties"]!;
        foreach (var field in ProfileTextFields.All)
        {
            properties[field]!["type"]!.GetValue<string>().ShouldBe("text");
            properties[field]!["analyzer"]!.GetValue<string>().ShouldBe(indexAnalyzer);
            properties[field]!["search_analyzer"]!.GetValue<string>().ShouldBe(searchAnalyzer);
        }
        foreach (var facet in ProfileFacets.All)
        {
            properties[facet.Field]!["type"]!.GetValue<string>().ShouldBe("keyword");
        }
        properties["id"]!["type"]!.GetValue<string>().ShouldBe("keyword");
        properties["districtId"]!["type"]!.GetValue<string>().ShouldBe("keyword");
        properties["isPublished"]!["type"]!.GetValue<string>().ShouldBe("boolean");
        properties["awardRank"]!["type"]!.GetValue<string>().ShouldBe("integer");
        properties["newestAt"]!["type"]!.GetValue<string>().ShouldBe("date");
    }

    [Fact]
    public async Task Should_rebuild_into_a_new_index_then_move_the_alias_and_delete_the_old_index_in_one_request()
    {
        var (engine, connection) = Create(c => c
                .AnswerFile(HttpMethod.GET, "/_all/_alias/cultivation-profiles", "get-alias-response.json")
                .AnswerFile(HttpMethod.POST, $"/{NewIndex}/_bulk", "bulk-index-response.json")
                .AnswerFile(HttpMethod.POST, $"/{NewIndex}/_refresh", "refresh-response.json")
                .AnswerFile(HttpMethod.POST, "/_aliases", "acknowledged-response.json"),
            new ElasticsearchSearchOptions { BulkSize = 4 });

        await engine.RebuildAsync(SearchTestProfiles.Stream(SearchTestProfiles.All), CancellationToken.None);

        connection.Requests.Select(r => $"{r.Method} {r.Path}").ShouldBe(
        [
            "GET /_all/_alias/cultivation-profiles",
            $"PUT /{NewIndex}",
            $"POST /{NewIndex}/_bulk", $"POST /{NewIndex}/_bulk", $"POST /{NewIndex}/_bulk",
            $"POST /{NewIndex}/_refresh",
            "POST /_aliases",
        ]);
        JsonNode.Parse(connection.Requests[1].Body)!["aliases"].ShouldBeNull("the new index joins the alias only when complete");
        var bulks = connection.Requests.Where(r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal)).ToList();
        bulks.Sum(b => NdJson(b.Body).Count / 2).ShouldBe(SearchTestProfiles.All.Count);
        bulks.ShouldAllBe(b => !b.PathAndQuery.Contains("refresh="));
        var actions = JsonNode.Parse(connection.Requests[^1].Body)!["actions"]!.AsArray();
        actions.Select(a => a!.ToJsonString()).ShouldBe(
        [
            $$$"""{"add":{"alias":"cultivation-profiles","index":"{{{NewIndex}}}"}}""",
            $$$"""{"remove_index":{"index":"{{{OldIndex}}}"}}""",
        ]);
    }

    [Fact]
    public async Task Should_delete_the_half_built_index_and_keep_the_alias_when_a_rebuild_fails()
    {
        var (engine, connection) = Create(c => c
            .AnswerFile(HttpMethod.GET, "/_all/_alias/cultivation-profiles", "get-alias-response.json")
            .AnswerFile(HttpMethod.POST, $"/{NewIndex}/_bulk", "bulk-index-errors-response.json")
            .AnswerFile(HttpMethod.DELETE, $"/{NewIndex}", "acknowledged-response.json"));

        await Should.ThrowAsync<SearchEngineException>(() => engine.RebuildAsync(SearchTestProfiles.Stream(SearchTestProfiles.All), CancellationToken.None));

        connection.Requests[^1].Method.ShouldBe(HttpMethod.DELETE);
        connection.Requests[^1].Path.ShouldBe($"/{NewIndex}");
        connection.Requests.ShouldNotContain(r => r.Path == "/_aliases");
    }

    [Fact]
    public async Task Should_send_the_compatibility_headers_and_the_api_key_for_an_8x_cluster()
    {
        var (engine, connection) = Create(c => c.AnswerFile(HttpMethod.GET, "/cultivation-profiles/_count", "count-response.json")
                .AnswerFile(HttpMethod.GET, "/_all/_alias/cultivation-profiles", "get-alias-response.json"),
            new ElasticsearchSearchOptions { ApiVersioningHeader = true, ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==" });

        var health = await engine.GetHealthAsync(CancellationToken.None);

        health.ShouldBe(new SearchIndexHealth("Elasticsearch", OldIndex, 9, "1"));
        connection.Requests.ShouldAllBe(r => r.Accept == "application/vnd.elasticsearch+json; compatible-with=7" && r.ContentType == r.Accept && r.HasApiKey && !r.HasBasicAuth);
    }

    [Fact]
    public async Task Should_send_plain_json_and_basic_auth_to_a_7x_cluster()
    {
        var (engine, connection) = Create(c => c.AnswerFile(HttpMethod.GET, "/cultivation-profiles/_count", "count-response.json")
                .AnswerFile(HttpMethod.GET, "/_all/_alias/cultivation-profiles", "get-alias-response.json"),
            new ElasticsearchSearchOptions { Username = "cultivation", Password = "secret" });

        await engine.GetHealthAsync(CancellationToken.None);

        connection.Requests.ShouldAllBe(r => r.Accept == "application/json" && r.HasBasicAuth && !r.HasApiKey);
    }

    private static List<JsonNode> NdJson(string body) =>
        body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
}
