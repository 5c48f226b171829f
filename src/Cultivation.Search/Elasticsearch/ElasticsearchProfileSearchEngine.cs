using Elasticsearch.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nest;

namespace Cultivation.Search.Elasticsearch;

/// <summary>
/// The production engine, through NEST 7.17 (with the compatibility headers for an 8.x cluster). Searches and writes
/// go through an alias; each rebuild fills a new index of the current mapping version and moves the alias to it in
/// one atomic _aliases request that also deletes the old index. Single writes wait for a refresh.
/// </summary>
public sealed class ElasticsearchProfileSearchEngine : IProfileSearchEngine
{
    public const string EngineName = "Elasticsearch";

    private readonly IElasticClient _client;
    private readonly ElasticsearchSearchOptions _options;
    private readonly ISearchSynonymSource _synonyms;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _ensureLock = new(1, 1);
    private volatile bool _aliasExists;

    public ElasticsearchProfileSearchEngine(IElasticClient client, ElasticsearchSearchOptions options, ISearchSynonymSource synonyms,
        TimeProvider? time = null, ILogger<ElasticsearchProfileSearchEngine>? logger = null)
    {
        _client = client;
        _options = options;
        _synonyms = synonyms;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<ElasticsearchProfileSearchEngine>.Instance;
    }

    public string Alias => _options.Alias;

    public async Task IndexAsync(IReadOnlyCollection<ProfileDocument> documents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }
        await EnsureAliasAsync(ct);
        var response = await _client.BulkAsync(b => b.Index(Alias).Refresh(Refresh.WaitFor).IndexMany(documents, (op, d) => op.Id(d.Id.ToString())), ct);
        ThrowIfFailed(response, "index profiles");
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }
        await EnsureAliasAsync(ct);
        var response = await _client.BulkAsync(b => b.Index(Alias).Refresh(Refresh.WaitFor)
            .DeleteMany(ids.Select(id => id.ToString()), (op, id) => op.Id(id)), ct);
        // A delete of an id that is not there answers 404 for that item: the contract ignores it.
        ThrowIfFailed(response, "delete profiles", item => item.Status != 404);
    }

    public async Task RebuildAsync(IAsyncEnumerable<ProfileDocument> all, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(all);
        var previous = await IndicesBehindAliasAsync(ct);
        var index = ElasticsearchIndexLayout.NewIndexName(Alias, _time.GetUtcNow());
        await CreateIndexAsync(index, alias: null, ct);
        var count = 0;
        try
        {
            await foreach (var batch in all.Chunk(Math.Max(1, _options.BulkSize)).WithCancellation(ct))
            {
                ThrowIfFailed(await _client.BulkAsync(b => b.Index(index).IndexMany(batch, (op, d) => op.Id(d.Id.ToString())), ct), "bulk index profiles");
                count += batch.Length;
            }
            ThrowIfFailed(await _client.Indices.RefreshAsync(index, ct: ct), "refresh the new index");
        }
        catch
        {
            await _client.Indices.DeleteAsync(index, ct: CancellationToken.None);
            throw;
        }
        await SwapAliasAsync(index, previous, ct);
        _aliasExists = true;
        _logger.LogInformation("Rebuilt the search index {Index} behind {Alias} with {Count} profiles; removed {Previous}.",
            index, Alias, count, string.Join(", ", previous));
    }

    public async Task<ProfileSearchResult> SearchAsync(ProfileSearchQuery query, CancellationToken ct)
    {
        var search = await PreparedSearch.PrepareAsync(query, _synonyms, ct);
        await EnsureAliasAsync(ct);
        var response = await _client.SearchAsync<ElasticsearchHitSource>(ElasticsearchSearchRequestBuilder.Build(search, Alias), ct);
        ThrowIfFailed(response, "search profiles");
        return ElasticsearchSearchResultReader.Read(response, search);
    }

    public async Task<SearchIndexHealth> GetHealthAsync(CancellationToken ct)
    {
        await EnsureAliasAsync(ct);
        var indices = await IndicesBehindAliasAsync(ct);
        var count = await _client.CountAsync<ProfileDocument>(c => c.Index(Alias), ct);
        ThrowIfFailed(count, "count profiles");
        return new SearchIndexHealth(EngineName, indices.Count > 0 ? string.Join(",", indices) : Alias, count.Count, ElasticsearchIndexLayout.MappingVersion);
    }

    /// <summary>Moves the alias and deletes the old indices in one request: searches see either the old index or the new one.</summary>
    private async Task SwapAliasAsync(string index, IReadOnlyCollection<string> previous, CancellationToken ct)
    {
        // remove_index drops the old index together with its alias; a separate "remove" of the alias from an index
        // deleted in the same request would fail with index_not_found.
        var response = await _client.Indices.BulkAliasAsync(a =>
        {
            a.Add(add => add.Index(index).Alias(Alias));
            foreach (var old in previous)
            {
                a.RemoveIndex(r => r.Index(old));
            }
            return a;
        }, ct);
        ThrowIfFailed(response, "move the alias to the new index");
    }

    private async Task<IReadOnlyCollection<string>> IndicesBehindAliasAsync(CancellationToken ct)
    {
        var response = await _client.Indices.GetAliasAsync(Indices.All, a => a.Name(Alias), ct);
        if (response.ApiCall.HttpStatusCode == 404)
        {
            return [];
        }
        ThrowIfFailed(response, "read the alias");
        return response.Indices.Keys.Select(i => i.Name).ToList();
    }

    /// <summary>The first write or search on an empty cluster creates the current version's index behind the alias.</summary>
    private async Task EnsureAliasAsync(CancellationToken ct)
    {
        if (_aliasExists)
        {
            return;
        }
        await _ensureLock.WaitAsync(ct);
        try
        {
            if (!_aliasExists)
            {
                var exists = await _client.Indices.AliasExistsAsync(Alias, ct: ct);
                if (!exists.Exists)
                {
                    await CreateIndexAsync(ElasticsearchIndexLayout.NewIndexName(Alias, _time.GetUtcNow()), Alias, ct);
                }
                _aliasExists = true;
            }
        }
        finally
        {
            _ensureLock.Release();
        }
    }

    private async Task CreateIndexAsync(string index, string? alias, CancellationToken ct)
    {
        var response = await _client.Indices.CreateAsync(index, c => ElasticsearchIndexLayout.Describe(c, _options.Analyzer, alias), ct);
        ThrowIfFailed(response, $"create the index {index}");
    }

    private static void ThrowIfFailed(IResponse response, string what)
    {
        if (!response.IsValid)
        {
            throw new SearchEngineException($"Elasticsearch could not {what}: {response.ServerError?.ToString() ?? response.OriginalException?.Message ?? response.DebugInformation}", response.OriginalException);
        }
    }

    private static void ThrowIfFailed(BulkResponse response, string what, Func<BulkResponseItemBase, bool>? counts = null)
    {
        var failed = response.ItemsWithErrors.Where(counts ?? (_ => true)).ToList();
        if (response.ApiCall.Success && failed.Count == 0)
        {
            return;
        }
        var reasons = failed.Take(5).Select(i => $"{i.Id}: {i.Error?.Reason}");
        throw new SearchEngineException($"Elasticsearch could not {what}: {(failed.Count > 0 ? string.Join("; ", reasons) : response.DebugInformation)}", response.OriginalException);
    }
}
