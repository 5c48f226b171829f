using Elasticsearch.Net;
using Nest;

namespace Cultivation.Search.Elasticsearch;

public static class ElasticsearchClientFactory
{
    /// <param name="connection">The transport; tests pass NEST's InMemoryConnection, the host leaves the default (HTTP).</param>
    public static IElasticClient Create(ElasticsearchSearchOptions options, IConnection? connection = null, bool disableDirectStreaming = false)
    {
        if (string.IsNullOrWhiteSpace(options.Url))
        {
            throw new InvalidOperationException("Search:Elasticsearch:Url is required when Search:Engine is Elasticsearch.");
        }
        var settings = new ConnectionSettings(new SingleNodeConnectionPool(new Uri(options.Url)), connection ?? new HttpConnection())
            .DefaultIndex(options.Alias)
            .DefaultMappingFor<ProfileDocument>(m => m.IndexName(options.Alias).IdProperty(d => d.Id));
        if (options.ApiVersioningHeader)
        {
            settings.EnableApiVersioningHeader();
        }
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            settings.ApiKeyAuthentication(new ApiKeyAuthenticationCredentials(options.ApiKey));
        }
        else if (!string.IsNullOrEmpty(options.Username))
        {
            settings.BasicAuthentication(options.Username, options.Password ?? "");
        }
        if (disableDirectStreaming)
        {
            settings.DisableDirectStreaming();
        }
        return new ElasticClient(settings);
    }
}
