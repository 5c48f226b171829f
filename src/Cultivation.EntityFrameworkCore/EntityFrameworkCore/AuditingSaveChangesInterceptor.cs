using Cultivation.AuditLogging;
using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.Events;
using Cultivation.Exceptions;
using Cultivation.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cultivation.EntityFrameworkCore;

/// <summary>
/// Before every save: stamps creation and modification audit fields, turns deletes of soft-deletable
/// entities into updates, renews concurrency stamps (checking the one the client sent, which the
/// application service put on the entity, against the stored one), and adds the audit log of the save.
/// </summary>
public sealed class AuditingSaveChangesInterceptor(
    TimeProvider clock,
    ICurrentUser currentUser,
    IAuditRequestInfoProvider requestInfo,
    IAuditingManager auditing,
    IDomainEventDispatcher? domainEvents = null) : SaveChangesInterceptor
{
    /// <summary>
    /// True while the handlers of a bulk insert's domain events run: the rows the events point at are written
    /// already, so what the handlers add by the thousand (follow-up plans of an import's winners) may be written
    /// in bulk as well. During a save's own dispatch they are not written yet, and a handler must add tracked rows.
    /// </summary>
    public bool HandlingBulkInsertedEvents { get; private set; }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// Writes new aggregates (with everything they hold) by multi-row inserts instead of a tracked entity and an
    /// INSERT per row — an import creating thousands of enterprises — and applies to them exactly what a save
    /// applies to added entities: creation stamps, the district scope, the audit log (linked to the import, if one
    /// is running), and their domain events, handed to their handlers at the end (what the handlers add is saved
    /// by the next save). The aggregates are not tracked. Needs the caller's transaction, so that the rows, their
    /// audit and the rest of the operation commit together.
    /// </summary>
    /// <param name="valuesKeptByCaller">
    /// The caller keeps every created field's value itself, in the same transaction (an import's provenance): the audit
    /// then records each new record (who, when, which import) without a row per field, which readers of the audit
    /// take from the caller's record. Ten times fewer rows for a large import.
    /// </param>
    public async Task InsertInBulkAsync(DbContext context, IReadOnlyCollection<object> aggregates, bool valuesKeptByCaller = false,
        CancellationToken cancellationToken = default)
    {
        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A bulk insert runs inside the caller's transaction.");
        }
        if (aggregates.Count == 0)
        {
            return;
        }
        var graph = new List<(Microsoft.EntityFrameworkCore.Metadata.IEntityType Type, object Entity)>();
        foreach (var aggregate in aggregates)
        {
            AddGraph(context.Model.FindEntityType(aggregate.GetType()) ?? throw new InvalidOperationException($"{aggregate.GetType().Name} is not in the model."),
                aggregate, graph);
        }
        if (currentUser.DistrictId is { } scope && graph.Any(e => e.Entity is IDistrictScoped scoped && scoped.DistrictId != scope))
        {
            throw new BusinessException(CultivationDomainErrorCodes.DistrictOutOfScope, "districtId");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (_, entity) in graph)
        {
            (entity as IAuditStampable)?.StampCreation(now, currentUser.Id);
        }
        var log = auditing.IsSuppressed
            ? null
            : EntityChangeRecorder.RecordCreated(graph, now, currentUser.Id, currentUser.UserName, requestInfo.Current, auditing.ImportBatchId,
                withValues: !valuesKeptByCaller);
        // Principal tables before the tables whose foreign keys point at them.
        var byType = graph.GroupBy(e => e.Type).ToList();
        var types = byType.Select(t => t.Key).ToHashSet();
        foreach (var group in byType.OrderBy(g => Depth(g.Key, types)))
        {
            await RelationalBulkInsert.InsertAsync(context, group.Key, group.Select(e => e.Entity).ToList(), cancellationToken);
        }
        if (log is not null)
        {
            await RelationalBulkInsert.InsertAsync(context, [log], cancellationToken);
            await RelationalBulkInsert.InsertAsync(context, log.EntityChanges.ToList(), cancellationToken);
            await RelationalBulkInsert.InsertAsync(context, log.EntityChanges.SelectMany(c => c.PropertyChanges).ToList(), cancellationToken);
        }
        var raisers = graph.Select(e => e.Entity).OfType<IHasDomainEvents>().Where(e => e.DomainEvents.Count > 0).ToList();
        var events = raisers.SelectMany(e => e.DomainEvents).ToList();
        raisers.ForEach(e => e.ClearDomainEvents());
        if (events.Count > 0 && domainEvents is not null)
        {
            var outer = HandlingBulkInsertedEvents;
            HandlingBulkInsertedEvents = true;
            try
            {
                await domainEvents.DispatchAsync(events, cancellationToken);
            }
            finally
            {
                HandlingBulkInsertedEvents = outer;
            }
        }
    }

    /// <summary>The entity and what it holds: the dependents its deletes cascade to (an enterprise's contacts, awards, figures).</summary>
    private static void AddGraph(Microsoft.EntityFrameworkCore.Metadata.IEntityType type, object entity,
        List<(Microsoft.EntityFrameworkCore.Metadata.IEntityType, object)> graph)
    {
        if (type.GetProperties().Any(p => p.IsShadowProperty()))
        {
            throw new InvalidOperationException($"{type.ClrType.Name} has shadow properties: write it with a save.");
        }
        graph.Add((type, entity));
        foreach (var navigation in type.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent && n.ForeignKey.DeleteBehavior == DeleteBehavior.Cascade))
        {
            if (navigation.GetGetter().GetClrValueUsingContainingEntity(entity) is System.Collections.IEnumerable children)
            {
                foreach (var child in children)
                {
                    AddGraph(navigation.TargetEntityType, child, graph);
                }
            }
        }
    }

    /// <summary>How many foreign keys deep an entity type is among the types written together (0 = refers to none of them).</summary>
    private static int Depth(Microsoft.EntityFrameworkCore.Metadata.IEntityType type, IReadOnlySet<Microsoft.EntityFrameworkCore.Metadata.IEntityType> types) =>
        type.GetForeignKeys().Where(k => types.Contains(k.PrincipalEntityType) && k.PrincipalEntityType != type)
            .Select(k => 1 + Depth(k.PrincipalEntityType, types)).DefaultIfEmpty(0).Max();

    /// <summary>The audit log of an import's save, written after it in the same transaction (see <see cref="Apply"/>).</summary>
    private readonly List<AuditLog> _pendingBulkLogs = [];

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_pendingBulkLogs.Count > 0 && eventData.Context is { } context)
        {
            var logs = _pendingBulkLogs.ToList();
            _pendingBulkLogs.Clear();
            await RelationalBulkInsert.InsertAsync(context, logs, cancellationToken);
            await RelationalBulkInsert.InsertAsync(context, logs.SelectMany(l => l.EntityChanges).ToList(), cancellationToken);
            await RelationalBulkInsert.InsertAsync(context, logs.SelectMany(l => l.EntityChanges).SelectMany(c => c.PropertyChanges).ToList(), cancellationToken);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pendingBulkLogs.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pendingBulkLogs.Clear();
        return Task.CompletedTask;
    }

    private void Apply(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = currentUser.Id;
        EnsureWithinDistrictScope(context);
        var changes = new List<(EntityEntry, EntityChangeType)>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    (entry.Entity as IAuditStampable)?.StampCreation(now, userId);
                    changes.Add((entry, EntityChangeType.Created));
                    break;
                case EntityState.Modified:
                    (entry.Entity as IAuditStampable)?.StampModification(now, userId);
                    RenewConcurrencyStamp(entry);
                    changes.Add((entry, EntityChangeType.Updated));
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDeleteStampable softDelete:
                    entry.State = EntityState.Modified;
                    softDelete.StampDeletion(now, userId);
                    RenewConcurrencyStamp(entry);
                    changes.Add((entry, EntityChangeType.Deleted));
                    break;
                case EntityState.Deleted:
                    SetExpectedConcurrencyStamp(entry);
                    changes.Add((entry, EntityChangeType.Deleted));
                    break;
            }
        }
        if (!auditing.IsSuppressed)
        {
            // An import's commit or revert saves thousands of records at once, inside its own transaction: its audit
            // rows (often ten times as many) are written right after the save by multi-row inserts, in the same
            // transaction, instead of one tracked entity each. Anything else is audited as part of the save.
            var bulk = auditing.ImportBatchId is not null && context.Database.CurrentTransaction is not null;
            var log = EntityChangeRecorder.Record(context, changes, now, userId, currentUser.UserName, requestInfo.Current, auditing.ImportBatchId, track: !bulk);
            if (bulk && log is not null)
            {
                _pendingBulkLogs.Add(log);
            }
        }
    }

    /// <summary>
    /// The last line of the district policy: whatever code path writes, a district officer's save may only
    /// add or change records of their own district (the query filter already hides the others).
    /// </summary>
    private void EnsureWithinDistrictScope(DbContext context)
    {
        if (currentUser.DistrictId is not { } scope)
        {
            return;
        }
        var outside = context.ChangeTracker.Entries<IDistrictScoped>().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && (e.Entity.DistrictId != scope || (e.State == EntityState.Modified && (Guid)e.Property(nameof(IDistrictScoped.DistrictId)).OriginalValue! != scope)));
        if (outside)
        {
            throw new BusinessException(CultivationDomainErrorCodes.DistrictOutOfScope, "districtId");
        }
    }

    private static void RenewConcurrencyStamp(EntityEntry entry)
    {
        if (entry.Entity is IHasConcurrencyStamp stamped)
        {
            SetExpectedConcurrencyStamp(entry);
            stamped.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        }
    }

    /// <summary>The stamp on the entity now is the one the caller expects to be stored.</summary>
    private static void SetExpectedConcurrencyStamp(EntityEntry entry)
    {
        if (entry.Entity is IHasConcurrencyStamp stamped)
        {
            entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).OriginalValue = stamped.ConcurrencyStamp;
        }
    }
}
