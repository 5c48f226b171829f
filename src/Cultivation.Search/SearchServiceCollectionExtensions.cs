using Cultivation.Search.Elasticsearch;
using Cultivation.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Cultivation.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine chosen by <c>Search:Engine</c> as the singleton <see cref="IProfileSearchEngine"/>, and the
    /// configured synonym list unless an <see cref="ISearchSynonymSource"/> is registered already. Throws when the
    /// options cannot work, so a misconfigured host does not start.
    /// </summary>
    public static IServiceCollection AddCultivationSearch(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(SearchOptions.SectionName).Get<SearchOptions>() ?? new SearchOptions();
        Validate(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISearchSynonymSource>(new FixedSearchSynonymSource(SearchSynonyms.Parse(options.Synonyms)));
        if (IsEngine(options, SearchOptions.ElasticsearchEngine))
        {
            services.AddSingleton<IProfileSearchEngine>(sp => new ElasticsearchProfileSearchEngine(
                ElasticsearchClientFactory.Create(options.Elasticsearch),
                options.Elasticsearch,
                sp.GetRequiredService<ISearchSynonymSource>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILogger<ElasticsearchProfileSearchEngine>>()));
        }
        else
        {
            var indexPath = Path.GetFullPath(options.Lucene.IndexPath, contentRoot);
            services.AddSingleton<IProfileSearchEngine>(sp => new LuceneProfileSearchEngine(
                indexPath,
                sp.GetRequiredService<ISearchSynonymSource>(),
                sp.GetService<ILogger<LuceneProfileSearchEngine>>()));
        }
        return services;
    }

    public static void Validate(SearchOptions options)
    {
        if (!IsEngine(options, SearchOptions.LuceneEngine) && !IsEngine(options, SearchOptions.ElasticsearchEngine))
        {
            throw new InvalidOperationException($"Search:Engine is '{options.Engine}'; it must be '{SearchOptions.LuceneEngine}' or '{SearchOptions.ElasticsearchEngine}'.");
        }
        if (IsEngine(options, SearchOptions.LuceneEngine))
        {
            if (string.IsNullOrWhiteSpace(options.Lucene.IndexPath))
            {
                throw new InvalidOperationException("Search:Lucene:IndexPath must name the index folder.");
            }
            return;
        }
        var es = options.Elasticsearch;
        if (string.IsNullOrWhiteSpace(es.Url) || !Uri.TryCreate(es.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException("Search:Engine is Elasticsearch but Search:Elasticsearch:Url is missing or not an absolute http(s) URL (e.g. http://127.0.0.1:9200).");
        }
        if (string.IsNullOrWhiteSpace(es.Alias) || es.Alias != es.Alias.ToLowerInvariant())
        {
            throw new InvalidOperationException($"Search:Elasticsearch:Alias '{es.Alias}' must be a lowercase index alias.");
        }
        if (es.Analyzer is not (ElasticsearchAnalyzers.Smartcn or ElasticsearchAnalyzers.Ik))
        {
            throw new InvalidOperationException($"Search:Elasticsearch:Analyzer is '{es.Analyzer}'; it must be '{ElasticsearchAnalyzers.Smartcn}' or '{ElasticsearchAnalyzers.Ik}'.");
        }
        if (!string.IsNullOrEmpty(es.Username) && string.IsNullOrEmpty(es.Password))
        {
            throw new InvalidOperationException("Search:Elasticsearch:Username is set without Search:Elasticsearch:Password.");
        }
    }

    private static bool IsEngine(SearchOptions options, string engine) => string.Equals(options.Engine, engine, StringComparison.OrdinalIgnoreCase);
}
