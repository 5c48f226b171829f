namespace Cultivation.Events;

/// <summary>An aggregate that announces what happened to it; the events are handled within the same save.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<object> DomainEvents { get; }

    void ClearDomainEvents();
}

/// <summary>
/// Handles every event of one type raised in a save, together (a batch import raises thousands), before the
/// save writes: what the handler changes commits in the same transaction as what raised the events.
/// </summary>
public interface IDomainEventHandler<in TEvent>
{
    Task HandleAsync(IReadOnlyList<TEvent> events, CancellationToken cancellationToken = default);
}

public interface IDomainEventDispatcher
{
    Task DispatchAsync(IReadOnlyList<object> events, CancellationToken cancellationToken = default);
}
