using Cultivation.Auditing;
using Cultivation.Contests;
using Cultivation.Enterprises;
using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Imports;

public sealed class EfCoreImportBatchRepository(CultivationDbContext dbContext, EfCoreBulkWriter bulk)
    : EfCoreRepository<ImportBatch, Guid>(dbContext), IImportBatchRepository
{
    /// <summary>Enough ids or codes per query to keep round trips few and statements small.</summary>
    private const int LookupBatchSize = 500;

    public async Task<bool> TryChangeStatusAsync(Guid id, ImportStatus from, ImportStatus to, DateTime now, CancellationToken cancellationToken = default)
    {
        var stamp = Guid.NewGuid().ToString("N");
        var attempt = to == ImportStatus.Validating ? 1 : 0;
        return await DbSet.Where(b => b.Id == id && b.Status == from)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, to)
                .SetProperty(b => b.StepStartedTime, now)
                .SetProperty(b => b.ValidationAttempts, b => b.ValidationAttempts + attempt)
                .SetProperty(b => b.ConcurrencyStamp, stamp), cancellationToken) == 1;
    }

    public Task<List<ImportBatch>> GetPendingAsync(DateTime startedBefore, CancellationToken cancellationToken = default) =>
        DbSet.Where(b => b.Status == ImportStatus.Queued || b.Status == ImportStatus.CommitQueued || b.Status == ImportStatus.RevertQueued
                         || ((b.Status == ImportStatus.Validating || b.Status == ImportStatus.Committing || b.Status == ImportStatus.Reverting)
                             && b.StepStartedTime < startedBefore))
            .OrderBy(b => b.CreationTime)
            .ToListAsync(cancellationToken);

    public async Task InsertFileAsync(ImportFile file, CancellationToken cancellationToken = default) =>
        await DbContext.Set<ImportFile>().AddAsync(file, cancellationToken);

    public async Task<byte[]> GetFileContentAsync(Guid batchId, CancellationToken cancellationToken = default) =>
        await DbContext.Set<ImportFile>().Where(f => f.Id == batchId).Select(f => f.Content).FirstOrDefaultAsync(cancellationToken)
        ?? throw new Exceptions.EntityNotFoundException(typeof(ImportFile), batchId);

    public Task<ImportBatch?> FindCommittedByHashAsync(string contentHash, Guid? scopeDistrictId, Guid exceptId, CancellationToken cancellationToken = default) =>
        DbSet.AsNoTracking()
            .Where(b => b.ContentHash == contentHash && b.Id != exceptId && b.ScopeDistrictId == scopeDistrictId
                        && (b.Status == ImportStatus.Committed || b.Status == ImportStatus.PartiallyReverted))
            .OrderByDescending(b => b.CommittedTime)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Thousands of rows at once: multi-row inserts, in the caller's transaction.</summary>
    public async Task DeleteRowsAndFileAsync(Guid batchId, CancellationToken cancellationToken = default)
    {
        await DbContext.Set<ImportRow>().Where(r => r.BatchId == batchId).ExecuteDeleteAsync(cancellationToken);
        await DbContext.Set<ImportFile>().Where(f => f.Id == batchId).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task ReplaceRowsAsync(Guid batchId, IReadOnlyCollection<ImportRow> rows, CancellationToken cancellationToken = default)
    {
        await DbContext.Set<ImportRow>().Where(r => r.BatchId == batchId).ExecuteDeleteAsync(cancellationToken);
        await RelationalBulkInsert.InsertAsync(DbContext, rows, cancellationToken);
    }

    public async Task<(int TotalCount, List<ImportRow> Items)> GetRowsAsync(Guid batchId, ImportRowQuery query, int skip, int take, CancellationToken cancellationToken = default)
    {
        var rows = DbContext.Set<ImportRow>().AsNoTracking().Where(r => r.BatchId == batchId);
        if (query.Status is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }
        if (query.Action is { } action)
        {
            rows = rows.Where(r => r.Action == action);
        }
        if (query.NeedsReview is { } review)
        {
            rows = rows.Where(r => r.NeedsReview == review);
        }
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderBy(r => r.RowNumber).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (total, items);
    }

    public Task<ImportRow?> FindRowAsync(Guid batchId, int rowNumber, CancellationToken cancellationToken = default) =>
        DbContext.Set<ImportRow>().FirstOrDefaultAsync(r => r.BatchId == batchId && r.RowNumber == rowNumber, cancellationToken);

    public async Task<Dictionary<int, ImportRowDecision>> GetDecisionsAsync(Guid batchId, CancellationToken cancellationToken = default) =>
        (await DbContext.Set<ImportRow>().AsNoTracking()
            .Where(r => r.BatchId == batchId && r.Resolution != ImportRowResolution.None)
            .Select(r => new { r.RowNumber, r.Resolution, r.ResolvedEnterpriseId })
            .ToListAsync(cancellationToken))
        .ToDictionary(r => r.RowNumber, r => new ImportRowDecision(r.Resolution, r.ResolvedEnterpriseId));

    /// <summary>The field values of the new records are the import's to keep (its provenance, written by the same commit).</summary>
    public Task InsertNewEnterprisesAsync(IReadOnlyCollection<Enterprise> enterprises, CancellationToken cancellationToken = default) =>
        bulk.InsertAsync(enterprises, valuesKeptByCaller: true, cancellationToken);

    /// <summary>Thousands of rows at once: multi-row inserts, in the caller's transaction.</summary>
    public Task InsertChangesAsync(IEnumerable<ImportedChange> changes, CancellationToken cancellationToken = default) =>
        RelationalBulkInsert.InsertAsync(DbContext, changes.ToList(), cancellationToken);

    public async Task<List<ImportedChange>> GetOpenChangesAsync(Guid batchId, CancellationToken cancellationToken = default) =>
        (await DbContext.Set<ImportedChange>().Where(c => c.BatchId == batchId).ToListAsync(cancellationToken))
        .Where(c => !c.IsFullyReverted)
        .ToList();

    public async Task<List<(ImportedChange Change, ImportBatch Batch)>> GetEnterpriseChangesAsync(Guid enterpriseId, CancellationToken cancellationToken = default) =>
        (await DbContext.Set<ImportedChange>().AsNoTracking()
            .Where(c => c.EnterpriseId == enterpriseId)
            .Join(DbSet.AsNoTracking(), c => c.BatchId, b => b.Id, (c, b) => new { Change = c, Batch = b })
            .Where(x => x.Batch.Status == ImportStatus.Committed || x.Batch.Status == ImportStatus.PartiallyReverted
                        || x.Batch.Status == ImportStatus.RevertQueued || x.Batch.Status == ImportStatus.Reverting)
            .OrderByDescending(x => x.Change.ChangeTime).ThenByDescending(x => x.Change.RowNumber)
            .ToListAsync(cancellationToken))
        .Select(x => (x.Change, x.Batch))
        .ToList();

    public async Task<Dictionary<Guid, string>> GetFileNamesAsync(IReadOnlyCollection<Guid> batchIds, CancellationToken cancellationToken = default) =>
        batchIds.Count == 0
            ? []
            : await DbSet.AsNoTracking().Where(b => batchIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.FileName, cancellationToken);

    public async Task<Dictionary<(Guid BatchId, Guid EntityId), List<ImportedFieldValue>>> GetCreatedValuesAsync(
        IReadOnlyCollection<(Guid BatchId, Guid EntityId)> records, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<(Guid, Guid), List<ImportedFieldValue>>();
        foreach (var group in records.Distinct().GroupBy(r => r.BatchId))
        {
            foreach (var chunk in group.Select(r => r.EntityId).Chunk(LookupBatchSize))
            {
                var changes = await DbContext.Set<ImportedChange>().AsNoTracking()
                    .Where(c => c.BatchId == group.Key && c.IsCreation && chunk.Contains(c.EntityId))
                    .ToListAsync(cancellationToken);
                foreach (var change in changes)
                {
                    result[(change.BatchId, change.EntityId)] = change.Fields;
                }
            }
        }
        return result;
    }

    public async Task<List<Enterprise>> GetEnterprisesByCreditCodesAsync(IReadOnlyCollection<string> creditCodes, bool track, CancellationToken cancellationToken = default)
    {
        var result = new List<Enterprise>(creditCodes.Count);
        foreach (var chunk in creditCodes.Distinct().Chunk(LookupBatchSize))
        {
            result.AddRange(await Enterprises(track).Where(e => chunk.Contains(e.CreditCode!)).ToListAsync(cancellationToken));
        }
        return result;
    }

    public async Task<List<Enterprise>> GetEnterprisesByIdsAsync(IReadOnlyCollection<Guid> ids, bool track, CancellationToken cancellationToken = default)
    {
        var result = new List<Enterprise>(ids.Count);
        foreach (var chunk in ids.Distinct().Chunk(LookupBatchSize))
        {
            result.AddRange(await Enterprises(track).Where(e => chunk.Contains(e.Id) && !e.IsDeleted).ToListAsync(cancellationToken));
        }
        return result;
    }

    public async Task<List<Enterprise>> GetTeamCandidatesAsync(IReadOnlyCollection<string> names, bool track, CancellationToken cancellationToken = default)
    {
        var result = await Enterprises(track).Where(e => e.Kind == EnterpriseKind.MakerTeam && !e.IsDeleted).ToListAsync(cancellationToken);
        var seen = result.Select(e => e.Id).ToHashSet();
        foreach (var chunk in names.Distinct().Chunk(LookupBatchSize))
        {
            result.AddRange((await Enterprises(track).Where(e => chunk.Contains(e.Name) && !e.IsDeleted).ToListAsync(cancellationToken))
                .Where(e => seen.Add(e.Id)));
        }
        return result;
    }

    public async Task<HashSet<Guid>> FindReferencedAsync<TEntity>(IReadOnlyCollection<Guid> ids, IReadOnlySet<Guid>? goingWith = null,
        CancellationToken cancellationToken = default)
        where TEntity : class
    {
        var referenced = new HashSet<Guid>();
        if (ids.Count == 0)
        {
            return referenced;
        }
        // Every foreign key to the entity that a delete would neither cascade along nor set to null: those rows keep it alive.
        var keys = DbContext.Model.FindEntityType(typeof(TEntity))!.GetReferencingForeignKeys()
            .Where(k => k.DeleteBehavior is not (DeleteBehavior.Cascade or DeleteBehavior.SetNull or DeleteBehavior.ClientSetNull)
                        && !k.DeclaringEntityType.IsOwned() && k.Properties.Count == 1);
        var ignored = (goingWith ?? new HashSet<Guid>()).ToArray();
        foreach (var key in keys)
        {
            var property = key.Properties[0];
            var query = typeof(EfCoreImportBatchRepository)
                .GetMethod(nameof(ReferencingValuesAsync), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!
                .MakeGenericMethod(key.DeclaringEntityType.ClrType);
            foreach (var chunk in ids.Chunk(LookupBatchSize))
            {
                var values = await (Task<List<Guid>>)query.Invoke(this, [property.Name, property.ClrType == typeof(Guid?), chunk, ignored, cancellationToken])!;
                referenced.UnionWith(values);
            }
        }
        return referenced;
    }

    private Task<List<Guid>> ReferencingValuesAsync<TDependent>(string property, bool nullable, Guid[] ids, Guid[] ignored, CancellationToken cancellationToken)
        where TDependent : class
    {
        var rows = DbContext.Set<TDependent>().IgnoreQueryFilters();
        if (ignored.Length > 0 && DbContext.Model.FindEntityType(typeof(TDependent))!.FindPrimaryKey()!.Properties is [{ ClrType: var keyType } key] && keyType == typeof(Guid))
        {
            rows = rows.Where(e => !ignored.Contains(EF.Property<Guid>(e, key.Name)));
        }
        return nullable
            ? rows.Select(e => EF.Property<Guid?>(e, property)).Where(v => v != null && ids.Contains(v.Value)).Select(v => v!.Value).Distinct().ToListAsync(cancellationToken)
            : rows.Select(e => EF.Property<Guid>(e, property)).Where(v => ids.Contains(v)).Distinct().ToListAsync(cancellationToken);
    }

    public async Task<Dictionary<int, Guid>> GetCreatedEnterprisesAsync(Guid batchId, IReadOnlyCollection<int> rowNumbers,
        CancellationToken cancellationToken = default) =>
        rowNumbers.Count == 0
            ? []
            : await DbContext.Set<ImportedChange>().AsNoTracking()
                .Where(c => c.BatchId == batchId && c.IsCreation && c.EntityType == ImportFields.Enterprise && rowNumbers.Contains(c.RowNumber))
                .ToDictionaryAsync(c => c.RowNumber, c => c.EnterpriseId, cancellationToken);

    public async Task PurgeEnterprisesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<ISoftDelete>();
        foreach (var chunk in ids.Chunk(LookupBatchSize))
        {
            await DbContext.Enterprises.Where(e => chunk.Contains(e.Id) && e.IsDeleted).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>Enterprises with everything they own, in every district, deleted ones included (the caller decides).</summary>
    private IQueryable<Enterprise> Enterprises(bool track)
    {
        var query = DbContext.Enterprises.IgnoreQueryFilters()
            .Include(e => e.Awards).Include(e => e.Figures).Include(e => e.Contacts)
            .AsSplitQuery();
        return track ? query : query.AsNoTracking();
    }
}
