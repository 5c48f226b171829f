using Cultivation.AuditLogging;
using Cultivation.Auditing;
using Cultivation.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cultivation.EntityFrameworkCore;

/// <summary>
/// Adds the audit log of every save (who, when, each property old → new) to the same save. Registered after
/// <see cref="StampingSaveChangesInterceptor"/>, so it sees the stamped values and reads a soft delete from its flag.
/// An import's commit or revert saves thousands of records inside its own transaction: its audit rows (often ten
/// times as many) are written right after that save by multi-row inserts, in the same transaction.
/// </summary>
public sealed class AuditingSaveChangesInterceptor(
    EntityStamper stamper,
    ICurrentUser currentUser,
    IAuditRequestInfoProvider requestInfo,
    IAuditingManager auditing) : SaveChangesInterceptor
{
    private readonly List<AuditLog> _logsAfterSave = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_logsAfterSave.Count > 0 && eventData.Context is { } context)
        {
            var logs = _logsAfterSave.ToList();
            _logsAfterSave.Clear();
            await AuditLogWriter.InsertAsync(context, logs, cancellationToken);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _logsAfterSave.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _logsAfterSave.Clear();
        return Task.CompletedTask;
    }

    private void Record(DbContext? context)
    {
        if (context is null || auditing.IsSuppressed)
        {
            return;
        }
        var changes = new List<(EntityEntry, EntityChangeType)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (ChangeTypeOf(entry) is { } type)
            {
                changes.Add((entry, type));
            }
        }
        var afterSave = auditing.ImportBatchId is not null && context.Database.CurrentTransaction is not null;
        var log = EntityChangeRecorder.Record(context, changes, stamper.UtcNow, currentUser.Id, currentUser.UserName, requestInfo.Current,
            auditing.ImportBatchId, track: !afterSave);
        if (afterSave && log is not null)
        {
            _logsAfterSave.Add(log);
        }
    }

    /// <summary>What the save does to the entity; a soft delete is an update that sets its flag.</summary>
    private static EntityChangeType? ChangeTypeOf(EntityEntry entry) => entry.State switch
    {
        EntityState.Added => EntityChangeType.Created,
        EntityState.Deleted => EntityChangeType.Deleted,
        EntityState.Modified when entry.Entity is ISoftDelete { IsDeleted: true }
            && entry.Property(nameof(ISoftDelete.IsDeleted)).OriginalValue is false => EntityChangeType.Deleted,
        EntityState.Modified => EntityChangeType.Updated,
        _ => null
    };
}

/// <summary>Writes finished audit logs with multi-row inserts (the log, its entity changes, their property changes).</summary>
internal static class AuditLogWriter
{
    public static async Task InsertAsync(DbContext context, IReadOnlyCollection<AuditLog> logs, CancellationToken cancellationToken)
    {
        await RelationalBulkInsert.InsertAsync(context, logs.ToList(), cancellationToken);
        await RelationalBulkInsert.InsertAsync(context, logs.SelectMany(l => l.EntityChanges).ToList(), cancellationToken);
        await RelationalBulkInsert.InsertAsync(context, logs.SelectMany(l => l.EntityChanges).SelectMany(c => c.PropertyChanges).ToList(), cancellationToken);
    }
}
