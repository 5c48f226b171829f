using Cultivation.Search;
using Cultivation.Search.Elasticsearch;
using Microsoft.Extensions.Time.Testing;
using HttpMethod = Elasticsearch.Net.HttpMethod;

namespace Cultivation.Search.Tests.Elasticsearch;

/// <summary>The real engine and NEST client over a <see cref="RecordingConnection"/>: no server, every request kept.</summary>
public static class ElasticsearchInMemory
{
    public const string Alias = "cultivation-profiles";
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    public const string NewIndex = "cultivation-profiles-v1-20261203090000000";
    public const string OldIndex = "cultivation-profiles-v1-20261101080000000";

    public static (ElasticsearchProfileSearchEngine Engine, RecordingConnection Connection) Create(
        Action<RecordingConnection> answers, ElasticsearchSearchOptions? options = null, SearchSynonyms? synonyms = null, bool aliasExists = true)
    {
        options ??= new ElasticsearchSearchOptions();
        options.Url ??= "http://127.0.0.1:9200";
        var connection = new RecordingConnection();
        answers(connection);
        connection
            .Answer(HttpMethod.HEAD, "/_alias/" + Alias, aliasExists ? 200 : 404)
            .AnswerFile(HttpMethod.PUT, "/" + Alias + "-v1-", "create-index-response.json");
        var client = ElasticsearchClientFactory.Create(options, connection, disableDirectStreaming: true);
        var engine = new ElasticsearchProfileSearchEngine(client, options, new FixedSearchSynonymSource(synonyms ?? SearchSynonyms.None), new FakeTimeProvider(Now));
        return (engine, connection);
    }
}
