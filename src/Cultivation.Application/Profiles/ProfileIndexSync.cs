using Cultivation.Search;
using Microsoft.Extensions.Logging;

namespace Cultivation.Profiles;

/// <summary>
/// Brings the search index up to date from its outbox: the profiles changed since the last run are read in a few
/// set-based queries and written (or removed) in one engine request per batch. When the engine fails, the batch stays
/// queued and backs off; nothing is lost.
/// </summary>
public sealed class ProfileIndexSync(
    IProfileIndexQueue queue,
    IProjectProfileRepository profiles,
    IProfileSearchEngine engine,
    TimeProvider clock,
    ILogger<ProfileIndexSync> logger)
{
    public const int BatchSize = 500;
    /// <summary>A run stops after this many batches, so a huge backlog does not hold the job (the next run goes on).</summary>
    public const int MaxBatchesPerRun = 40;

    public async Task<(int Written, int Removed, int Failed)> SyncDueAsync(CancellationToken cancellationToken = default)
    {
        var (written, removed) = (0, 0);
        for (var batch = 0; batch < MaxBatchesPerRun; batch++)
        {
            var due = await queue.GetDueAsync(clock.GetUtcNow().UtcDateTime, BatchSize, cancellationToken);
            if (due.Count == 0)
            {
                break;
            }
            var changeIds = due.Select(c => c.Id).ToList();
            try
            {
                var profileIds = due.Select(c => c.ProfileId).Distinct().ToList();
                var rows = await profiles.GetIndexRowsAsync(profileIds, cancellationToken);
                var gone = profileIds.Except(rows.Select(r => r.ProfileId)).ToList();
                if (rows.Count > 0)
                {
                    await engine.IndexAsync(rows.Select(ProfileDocumentMapper.ToDocument).ToList(), cancellationToken);
                }
                if (gone.Count > 0)
                {
                    await engine.DeleteAsync(gone, cancellationToken);
                }
                await queue.CompleteAsync(changeIds, cancellationToken);
                (written, removed) = (written + rows.Count, removed + gone.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The search index could not take {Count} changes; they stay queued and are retried later.", due.Count);
                await queue.DeferAsync(changeIds, e.Message, clock.GetUtcNow().UtcDateTime, cancellationToken);
                return (written, removed, due.Count);
            }
        }
        return (written, removed, 0);
    }

    /// <summary>Writes every profile into a fresh index (Elasticsearch swaps its alias at the end); the changes it covered leave the queue.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var count = 0;
        await engine.RebuildAsync(Documents(), cancellationToken);
        await queue.CompleteQueuedUntilAsync(startedAt, cancellationToken);
        logger.LogInformation("Rebuilt the search index with {Count} profiles.", count);
        return count;

        async IAsyncEnumerable<ProfileDocument> Documents()
        {
            await foreach (var row in profiles.StreamIndexRowsAsync(BatchSize, cancellationToken))
            {
                count++;
                yield return ProfileDocumentMapper.ToDocument(row);
            }
        }
    }
}
