using Cultivation.Contests;
using Cultivation.Enterprises;
using Cultivation.Repositories;

namespace Cultivation.Imports;

public interface IImportBatchRepository : IRepository<ImportBatch, Guid>
{
    /// <summary>
    /// Moves the import from one status to another if it is still in the first, atomically: of several nodes
    /// or requests, one wins. Marks when the step started; a validation that starts is counted
    /// (<see cref="ImportBatch.ValidationAttempts"/>) in the same write, before any of it runs.
    /// </summary>
    Task<bool> TryChangeStatusAsync(Guid id, ImportStatus from, ImportStatus to, DateTime now, CancellationToken cancellationToken = default);

    /// <summary>Imports queued, or running since before <paramref name="startedBefore"/> (left behind by a stopped node).</summary>
    Task<List<ImportBatch>> GetPendingAsync(DateTime startedBefore, CancellationToken cancellationToken = default);

    Task InsertFileAsync(ImportFile file, CancellationToken cancellationToken = default);

    Task<byte[]> GetFileContentAsync(Guid batchId, CancellationToken cancellationToken = default);

    /// <summary>A committed import of the same file in the same scope, if there was one.</summary>
    Task<ImportBatch?> FindCommittedByHashAsync(string contentHash, Guid? scopeDistrictId, Guid exceptId, CancellationToken cancellationToken = default);

    // The report rows. Written at once (not by SaveChanges): call within a transaction.
    /// <summary>A discarded import keeps its summary; its rows and stored file are deleted.</summary>
    Task DeleteRowsAndFileAsync(Guid batchId, CancellationToken cancellationToken = default);

    Task ReplaceRowsAsync(Guid batchId, IReadOnlyCollection<ImportRow> rows, CancellationToken cancellationToken = default);

    Task<(int TotalCount, List<ImportRow> Items)> GetRowsAsync(Guid batchId, ImportRowQuery query, int skip, int take, CancellationToken cancellationToken = default);

    Task<ImportRow?> FindRowAsync(Guid batchId, int rowNumber, CancellationToken cancellationToken = default);

    Task<Dictionary<int, ImportRowDecision>> GetDecisionsAsync(Guid batchId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes new enterprises with what they hold set-based, within the caller's transaction, with the stamps, the
    /// district scope and the domain events a save gives them. Their audit entries (who, when, which import) carry
    /// no per-field rows: the values are the import's provenance (<see cref="InsertChangesAsync"/>, same commit),
    /// which the history shows in their place.
    /// </summary>
    Task InsertNewEnterprisesAsync(IReadOnlyCollection<Enterprise> enterprises, CancellationToken cancellationToken = default);

    // What a commit changed. Written at once (not by SaveChanges): call within the commit's transaction.
    Task InsertChangesAsync(IEnumerable<ImportedChange> changes, CancellationToken cancellationToken = default);

    /// <summary>The changes of a commit that are not fully reverted yet, tracked.</summary>
    Task<List<ImportedChange>> GetOpenChangesAsync(Guid batchId, CancellationToken cancellationToken = default);

    /// <summary>What committed imports set on an enterprise and what it owns, newest first, with the import.</summary>
    Task<List<(ImportedChange Change, ImportBatch Batch)>> GetEnterpriseChangesAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    Task<Dictionary<Guid, string>> GetFileNamesAsync(IReadOnlyCollection<Guid> batchIds, CancellationToken cancellationToken = default);

    /// <summary>The field values imports gave the records they created, by import and record: what their audit entries point to.</summary>
    Task<Dictionary<(Guid BatchId, Guid EntityId), List<ImportedFieldValue>>> GetCreatedValuesAsync(
        IReadOnlyCollection<(Guid BatchId, Guid EntityId)> records, CancellationToken cancellationToken = default);

    // What an import matches rows against, loaded in batches (never a query per row). Every district and
    // deleted enterprises included: a credit code belongs to one enterprise for ever, and whether a row may
    // touch it is the import's decision (district scope), reported per row.
    Task<List<Enterprise>> GetEnterprisesByCreditCodesAsync(IReadOnlyCollection<string> creditCodes, bool track, CancellationToken cancellationToken = default);

    Task<List<Enterprise>> GetEnterprisesByIdsAsync(IReadOnlyCollection<Guid> ids, bool track, CancellationToken cancellationToken = default);

    /// <summary>Maker teams, and enterprises with one of the names: candidates for rows without a credit code.</summary>
    Task<List<Enterprise>> GetTeamCandidatesAsync(IReadOnlyCollection<string> names, bool track, CancellationToken cancellationToken = default);

    /// <summary>
    /// Which of the records are referenced by records of other modules that would keep them from going (a follow-up
    /// plan someone works on, say): a revert leaves those and says so. References that a delete sets to null do not
    /// count, nor do the rows in <paramref name="goingWith"/> (what the revert removes together with them).
    /// </summary>
    Task<HashSet<Guid>> FindReferencedAsync<TEntity>(IReadOnlyCollection<Guid> ids, IReadOnlySet<Guid>? goingWith = null,
        CancellationToken cancellationToken = default)
        where TEntity : class;

    /// <summary>The enterprises the commit created, by the row that created them.</summary>
    Task<Dictionary<int, Guid>> GetCreatedEnterprisesAsync(Guid batchId, IReadOnlyCollection<int> rowNumbers, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes enterprises a revert took back (already deleted and audited through the aggregate) for good, so
    /// that their credit codes are free for a corrected import.
    /// </summary>
    Task PurgeEnterprisesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);
}

public sealed record ImportRowQuery(ImportRowStatus? Status, ImportRowAction? Action, bool? NeedsReview);
