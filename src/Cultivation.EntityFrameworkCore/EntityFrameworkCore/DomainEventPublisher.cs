using Cultivation.Events;

namespace Cultivation.EntityFrameworkCore;

/// <summary>
/// The one place domain events leave their aggregates, as ABP's unit of work does it: a save writes the aggregates,
/// then their events go to the handlers, whose changes are written by the next round of the same save, in the same
/// transaction (<see cref="CultivationDbContext.SaveChangesAsync(bool, CancellationToken)"/>). Handlers therefore see
/// what raised the event as stored. Aggregates written without tracking (<see cref="EfCoreBulkWriter"/>) are queued
/// here and published by the caller's next save.
/// </summary>
public sealed class DomainEventPublisher(IDomainEventDispatcher? dispatcher = null)
{
    /// <summary>Handlers may raise events of their own; a few rounds settle any real chain, more is a loop.</summary>
    public const int MaxRounds = 5;

    private readonly List<IHasDomainEvents> _written = [];

    public bool HasHandlers => dispatcher is not null;

    /// <summary>Aggregates a bulk insert wrote: their events go out after the caller's next save.</summary>
    public void EnqueueWritten(IEnumerable<IHasDomainEvents> aggregates) =>
        _written.AddRange(aggregates.Where(a => a.DomainEvents.Count > 0));

    /// <summary>The aggregates whose events are waiting: those tracked by the save and those written in bulk.</summary>
    public List<IHasDomainEvents> Pending(IEnumerable<IHasDomainEvents> tracked) =>
        tracked.Where(a => a.DomainEvents.Count > 0).Concat(_written).Distinct().ToList();

    /// <summary>
    /// Takes the events off aggregates that are now stored (after a successful save: a failed one keeps them for a
    /// retry) and hands them to their handlers.
    /// </summary>
    public async Task PublishAsync(IReadOnlyList<IHasDomainEvents> stored, CancellationToken cancellationToken)
    {
        var events = stored.SelectMany(a => a.DomainEvents).ToList();
        foreach (var aggregate in stored)
        {
            aggregate.ClearDomainEvents();
        }
        _written.Clear();
        if (dispatcher is not null && events.Count > 0)
        {
            await dispatcher.DispatchAsync(events, cancellationToken);
        }
    }
}
