namespace Cultivation.Events;

/// <summary>An aggregate that announces what happened to it; the events are handled after it is written, in the same transaction.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<object> DomainEvents { get; }

    void ClearDomainEvents();
}

/// <summary>
/// Handles every event of one type raised in a save, together (a batch import raises thousands), after the save
/// wrote what raised them: what the handler changes is written by the next round of that save and commits in the
/// same transaction.
/// </summary>
public interface IDomainEventHandler<in TEvent>
{
    Task HandleAsync(IReadOnlyList<TEvent> events, CancellationToken cancellationToken = default);
}

public interface IDomainEventDispatcher
{
    Task DispatchAsync(IReadOnlyList<object> events, CancellationToken cancellationToken = default);
}
