using Cultivation.Events;

namespace Cultivation.EntityFrameworkCore;

/// <summary>
/// The one place domain events leave their aggregates: collected, cleared, and handed to their handlers. A save
/// publishes those of the tracked aggregates (handlers' changes join that save); a bulk insert those of the
/// aggregates it wrote (<see cref="EfCoreBulkWriter"/>).
/// </summary>
public sealed class DomainEventPublisher(IDomainEventDispatcher? dispatcher = null)
{
    /// <summary>Handlers may raise events of their own; a few rounds settle any real chain.</summary>
    private const int MaxRounds = 5;

    /// <summary>Publishes the aggregates' events, and those their handlers raise on what <paramref name="raisers"/> yields next.</summary>
    public async Task PublishAsync(Func<IEnumerable<IHasDomainEvents>> raisers, CancellationToken cancellationToken)
    {
        if (dispatcher is null)
        {
            return;
        }
        for (var round = 0; round < MaxRounds; round++)
        {
            var pending = raisers().Where(e => e.DomainEvents.Count > 0).ToList();
            if (pending.Count == 0)
            {
                return;
            }
            var events = pending.SelectMany(e => e.DomainEvents).ToList();
            pending.ForEach(e => e.ClearDomainEvents());
            await dispatcher.DispatchAsync(events, cancellationToken);
        }
    }
}
