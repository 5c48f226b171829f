using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cultivation.Search.Lucene;

/// <summary>
/// The embedded engine: one index folder, a single <see cref="IndexWriter"/>, near-real-time searchers through
/// <see cref="SearcherManager"/>. Writes commit (the change survives a restart) and refresh the searcher, so a
/// change is searchable when the write returns. Thread-safe; writes are serialised, searches run in parallel.
/// </summary>
public sealed class LuceneProfileSearchEngine : IProfileSearchEngine, IDisposable
{
    public const string EngineName = "Lucene.Net";
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const int RebuildBatchSize = 1_000;

    private readonly string _indexPath;
    private readonly ISearchSynonymSource _synonyms;
    private readonly ILogger _logger;
    private readonly Analyzer _analyzer = new SmartChineseAnalyzer(Version);
    private readonly LuceneQueryBuilder _queries;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly FSDirectory _directory;
    private IndexWriter _writer;
    private SearcherManager _searchers;
    private bool _disposed;

    public LuceneProfileSearchEngine(string indexPath, ISearchSynonymSource synonyms, ILogger<LuceneProfileSearchEngine>? logger = null)
    {
        _indexPath = Path.GetFullPath(indexPath);
        _synonyms = synonyms;
        _logger = logger ?? NullLogger<LuceneProfileSearchEngine>.Instance;
        _queries = new LuceneQueryBuilder(_analyzer);
        System.IO.Directory.CreateDirectory(_indexPath);
        _directory = FSDirectory.Open(_indexPath);
        (_writer, _searchers) = Open();
    }

    public async Task IndexAsync(IReadOnlyCollection<ProfileDocument> documents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await WriteAsync(writer =>
        {
            foreach (var profile in documents)
            {
                writer.UpdateDocument(new Term(LuceneFields.Id, LuceneFields.Key(profile.Id)), LuceneDocumentMapper.ToDocument(profile));
            }
        }, ct);
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await WriteAsync(writer => writer.DeleteDocuments(ids.Select(id => new Term(LuceneFields.Id, LuceneFields.Key(id))).ToArray()), ct);
    }

    /// <summary>
    /// Deletes everything and adds <paramref name="all"/> in one commit. Searchers are refreshed only after the
    /// commit, so searches see the old index until then; a failure rolls back to it.
    /// </summary>
    public async Task RebuildAsync(IAsyncEnumerable<ProfileDocument> all, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(all);
        await _writeLock.WaitAsync(ct);
        try
        {
            ThrowIfDisposed();
            try
            {
                _writer.DeleteAll();
                var count = 0;
                await foreach (var batch in all.Chunk(RebuildBatchSize).WithCancellation(ct))
                {
                    // The analysis (SmartCn) is the cost of a rebuild; IndexWriter takes documents from several threads.
                    Parallel.ForEach(batch, new ParallelOptions { CancellationToken = ct },
                        profile => _writer.AddDocument(LuceneDocumentMapper.ToDocument(profile)));
                    count += batch.Length;
                }
                Commit();
                _searchers.MaybeRefreshBlocking();
                _logger.LogInformation("Rebuilt the search index at {IndexPath} with {Count} profiles.", _indexPath, count);
            }
            catch
            {
                // Rollback closes the writer and drops what was not committed: the old index stays as it was.
                _writer.Rollback();
                _searchers.Dispose();
                (_writer, _searchers) = Open();
                throw;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<ProfileSearchResult> SearchAsync(ProfileSearchQuery query, CancellationToken ct)
    {
        var search = await PreparedSearch.PrepareAsync(query, _synonyms, ct);
        ThrowIfDisposed();
        var searcher = _searchers.Acquire();
        try
        {
            return new LuceneSearchExecution(searcher, search, _queries).Run();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public Task<SearchIndexHealth> GetHealthAsync(CancellationToken ct)
    {
        ThrowIfDisposed();
        var searcher = _searchers.Acquire();
        try
        {
            var reader = (DirectoryReader)searcher.IndexReader;
            var version = reader.IndexCommit.UserData.TryGetValue(LuceneFields.LayoutVersionKey, out var v) ? v : LuceneFields.LayoutVersion;
            return Task.FromResult(new SearchIndexHealth(EngineName, _indexPath, reader.NumDocs, version));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        _writeLock.Dispose();
    }

    private (IndexWriter, SearcherManager) Open()
    {
        var config = new IndexWriterConfig(Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            Similarity = Bm25SearcherFactory.Similarity,
        };
        var writer = new IndexWriter(_directory, config);
        if (!DirectoryReader.IndexExists(_directory))
        {
            // An empty first commit, so a reader can open before anything is indexed.
            writer.SetCommitData(LayoutData());
            writer.Commit();
        }
        return (writer, new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory()));
    }

    private async Task WriteAsync(Action<IndexWriter> write, CancellationToken ct)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            ThrowIfDisposed();
            write(_writer);
            Commit();
            _searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private void Commit()
    {
        _writer.SetCommitData(LayoutData());
        _writer.Commit();
    }

    private static Dictionary<string, string> LayoutData() => new() { [LuceneFields.LayoutVersionKey] = LuceneFields.LayoutVersion };

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
