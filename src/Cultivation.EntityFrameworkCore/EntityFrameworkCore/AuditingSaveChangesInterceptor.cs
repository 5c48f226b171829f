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
/// The rounds of one transaction (a save and what its domain event handlers change) make one log: one action.
/// An import's commit or revert saves thousands of records inside its own transaction: its audit rows (often ten
/// times as many) are written right after that save by multi-row inserts, in the same transaction.
/// </summary>
public sealed class AuditingSaveChangesInterceptor(
    EntityStamper stamper,
    ICurrentUser currentUser,
    IAuditRequestInfoProvider requestInfo,
    IAuditingManager auditing) : BeforeSaveInterceptor
{
    private readonly List<AuditLog> _logsAfterSave = [];
    private (AuditLog Log, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction Transaction)? _logOfTransaction;

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

    protected override void BeforeSave(DbContext context)
    {
        if (auditing.IsSuppressed)
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
        var transaction = context.Database.CurrentTransaction;
        var appendTo = !afterSave && transaction is not null && _logOfTransaction is { } current && current.Transaction == transaction
            && context.Entry(current.Log).State != EntityState.Detached ? current.Log : null;
        var log = EntityChangeRecorder.Record(context, changes, stamper.UtcNow, currentUser.Id, currentUser.UserName, requestInfo.Current,
            auditing.ImportBatchId, track: !afterSave, action: auditing.Action, appendTo: appendTo);
        if (afterSave && log is not null)
        {
            _logsAfterSave.Add(log);
        }
        else if (log is not null && transaction is not null)
        {
            _logOfTransaction = (log, transaction);
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
