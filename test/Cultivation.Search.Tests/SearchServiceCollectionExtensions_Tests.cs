using Cultivation.Search;
using Cultivation.Search.Elasticsearch;
using Cultivation.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Search.Tests;

public sealed class SearchServiceCollectionExtensions_Tests : IDisposable
{
    private readonly TemporaryFolder _contentRoot = new("search-di");

    private ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        before?.Invoke(services);
        // A key that is not set is left out, as in a real configuration file (a null value would bind as "").
        services.AddCultivationSearch(new ConfigurationBuilder().AddInMemoryCollection(settings.Where(s => s.Value is not null)).Build(), _contentRoot.Path);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Should_run_the_embedded_engine_under_the_content_root_by_default()
    {
        await using var provider = Build(new() { ["Search:Synonyms:0"] = "人工智能, AI" });

        var engine = provider.GetRequiredService<IProfileSearchEngine>().ShouldBeOfType<LuceneProfileSearchEngine>();
        var health = await engine.GetHealthAsync(CancellationToken.None);

        health.Engine.ShouldBe(LuceneProfileSearchEngine.EngineName);
        health.IndexName.ShouldBe(Path.Combine(_contentRoot.Path, "App_Data", "search"));
        (await provider.GetRequiredService<ISearchSynonymSource>().GetSynonymsAsync(CancellationToken.None)).Expand("AI").ShouldContain("人工智能");
    }

    [Fact]
    public async Task Should_run_elasticsearch_when_configured()
    {
        await using var provider = Build(new()
        {
            ["Search:Engine"] = "Elasticsearch",
            ["Search:Elasticsearch:Url"] = "http://127.0.0.1:9200",
            ["Search:Elasticsearch:Alias"] = "profiles-staging",
            ["Search:Elasticsearch:Analyzer"] = "ik",
        });

        provider.GetRequiredService<IProfileSearchEngine>().ShouldBeOfType<ElasticsearchProfileSearchEngine>().Alias.ShouldBe("profiles-staging");
    }

    [Fact]
    public void Should_keep_a_synonym_source_the_host_registered()
    {
        var admins = new FixedSearchSynonymSource(SearchSynonyms.Parse(["芯片, 集成电路"]));

        using var provider = Build(new(), s => s.AddSingleton<ISearchSynonymSource>(admins));

        provider.GetRequiredService<ISearchSynonymSource>().ShouldBeSameAs(admins);
    }

    [Theory]
    [InlineData("Elasticsearch", null, null, "Search:Elasticsearch:Url is missing")]
    [InlineData("Elasticsearch", "localhost:9200", null, "not an absolute http(s) URL")]
    [InlineData("Elasticsearch", "http://127.0.0.1:9200", "jieba", "Analyzer is 'jieba'")]
    [InlineData("Solr", null, null, "Search:Engine is 'Solr'")]
    public void Should_refuse_to_start_with_options_that_cannot_work(string engine, string? url, string? analyzer, string message)
    {
        var error = Should.Throw<InvalidOperationException>(() => Build(new()
        {
            ["Search:Engine"] = engine,
            ["Search:Elasticsearch:Url"] = url,
            ["Search:Elasticsearch:Analyzer"] = analyzer,
        }));

        error.Message.ShouldContain(message);
    }

    public void Dispose() => _contentRoot.Dispose();
}
