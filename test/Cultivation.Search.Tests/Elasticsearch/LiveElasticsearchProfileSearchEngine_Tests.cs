using Cultivation.Search;
using Cultivation.Search.Elasticsearch;
using Cultivation.Search.Tests.Contract;
using Nest;

namespace Cultivation.Search.Tests.Elasticsearch;

/// <summary>
/// The contract on a live Elasticsearch 7.17 / 8.x with the analysis-smartcn plugin, when ELASTICSEARCH_URL is set
/// (ELASTICSEARCH_API_VERSIONING=true for 8.x). Without it every test reports "skipped", none passes.
/// Each test works behind its own alias and deletes its indices afterwards.
/// </summary>
public sealed class LiveElasticsearchProfileSearchEngine_Tests : ProfileSearchEngine_Contract
{
    private static readonly string? Url = Environment.GetEnvironmentVariable("ELASTICSEARCH_URL");
    private readonly List<(IElasticClient Client, string Alias)> _created = [];

    protected override Task<IProfileSearchEngine> CreateEngineAsync(SearchSynonyms synonyms)
    {
        Skip.If(string.IsNullOrWhiteSpace(Url), "ELASTICSEARCH_URL is not set: the live Elasticsearch suite does not run.");
        var options = new ElasticsearchSearchOptions
        {
            Url = Url,
            Alias = $"cultivation-profiles-test-{Guid.NewGuid():N}",
            ApiVersioningHeader = string.Equals(Environment.GetEnvironmentVariable("ELASTICSEARCH_API_VERSIONING"), "true", StringComparison.OrdinalIgnoreCase),
            Username = Environment.GetEnvironmentVariable("ELASTICSEARCH_USERNAME"),
            Password = Environment.GetEnvironmentVariable("ELASTICSEARCH_PASSWORD"),
            Analyzer = Environment.GetEnvironmentVariable("ELASTICSEARCH_ANALYZER") ?? ElasticsearchAnalyzers.Smartcn,
        };
        var client = ElasticsearchClientFactory.Create(options);
        _created.Add((client, options.Alias));
        return Task.FromResult<IProfileSearchEngine>(new ElasticsearchProfileSearchEngine(client, options, new FixedSearchSynonymSource(synonyms)));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var (client, alias) in _created)
        {
            await client.Indices.DeleteAsync(alias + "-*");
        }
    }
}
