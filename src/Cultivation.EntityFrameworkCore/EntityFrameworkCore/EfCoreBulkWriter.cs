using Cultivation.AuditLogging;
using Cultivation.Auditing;
using Cultivation.Events;
using Cultivation.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cultivation.EntityFrameworkCore;

/// <summary>
/// Writes new aggregates (with everything they hold) by multi-row inserts instead of a tracked entity and an
/// INSERT per row — an import creating thousands of enterprises — and applies to them exactly what a save applies
/// to added entities: the district write guard, creation stamps, the audit log (linked to the import, if one is
/// running) and their domain events (published after the caller's next save, as a save publishes its own). The
/// aggregates are not tracked. Needs the caller's transaction, so that the rows, their audit and the rest of the
/// operation commit together.
/// </summary>
public sealed class EfCoreBulkWriter(
    CultivationDbContext context,
    EntityStamper stamper,
    ICurrentUser currentUser,
    IAuditRequestInfoProvider requestInfo,
    IAuditingManager auditing,
    DomainEventPublisher events)
{
    /// <param name="aggregates">New aggregates of types in the model, without shadow properties.</param>
    /// <param name="valuesKeptByCaller">
    /// The caller keeps every created field's value itself, in the same transaction (an import's provenance): the audit
    /// then records each new record (who, when, which import) without a row per field. Ten times fewer rows for a large import.
    /// </param>
    public async Task InsertAsync(IReadOnlyCollection<object> aggregates, bool valuesKeptByCaller = false, CancellationToken cancellationToken = default)
    {
        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A bulk insert runs inside the caller's transaction.");
        }
        if (aggregates.Count == 0)
        {
            return;
        }
        var graph = new List<(IEntityType Type, object Entity)>();
        foreach (var aggregate in aggregates)
        {
            AddGraph(context.Model.FindEntityType(aggregate.GetType()) ?? throw new InvalidOperationException($"{aggregate.GetType().Name} is not in the model."),
                aggregate, graph);
        }
        stamper.EnsureWithinDistrictScope(graph.Select(e => e.Entity));
        foreach (var (_, entity) in graph)
        {
            stamper.StampCreation(entity);
        }
        var byType = graph.GroupBy(e => e.Type).ToList();
        var types = byType.Select(t => t.Key).ToHashSet();
        // Principal tables before the tables whose foreign keys point at them.
        foreach (var group in byType.OrderBy(g => Depth(g.Key, types)))
        {
            await RelationalBulkInsert.InsertAsync(context, group.Key, group.Select(e => e.Entity).ToList(), cancellationToken);
        }
        if (!auditing.IsSuppressed)
        {
            var log = EntityChangeRecorder.RecordCreated(graph, stamper.UtcNow, currentUser.Id, currentUser.UserName, requestInfo.Current,
                auditing.ImportBatchId, withValues: !valuesKeptByCaller, action: auditing.Action);
            if (log is not null)
            {
                await AuditLogWriter.InsertAsync(context, [log], cancellationToken);
            }
        }
        // Published by the caller's next save, like the events of what that save writes.
        events.EnqueueWritten(graph.Select(e => e.Entity).OfType<IHasDomainEvents>());
    }

    /// <summary>The entity and what it holds: the dependents its deletes cascade to (an enterprise's contacts, awards, figures).</summary>
    private static void AddGraph(IEntityType type, object entity, List<(IEntityType, object)> graph)
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
    private static int Depth(IEntityType type, IReadOnlySet<IEntityType> types) =>
        type.GetForeignKeys().Where(k => types.Contains(k.PrincipalEntityType) && k.PrincipalEntityType != type)
            .Select(k => 1 + Depth(k.PrincipalEntityType, types)).DefaultIfEmpty(0).Max();
}
