namespace Cultivation.Entities;

public abstract class Entity<TKey>
    where TKey : notnull
{
    public virtual TKey Id { get; protected set; } = default!;

    protected Entity()
    {
    }

    protected Entity(TKey id) => Id = id;

    public override string ToString() => $"[{GetType().Name}] Id = {Id}";
}

/// <summary>The root of an aggregate: the only entity of it that repositories load and save.</summary>
public abstract class AggregateRoot<TKey> : Entity<TKey>, IHasConcurrencyStamp, Events.IHasDomainEvents
    where TKey : notnull
{
    private readonly List<object> _domainEvents = [];

    public virtual string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    IReadOnlyList<object> Events.IHasDomainEvents.DomainEvents => _domainEvents;

    void Events.IHasDomainEvents.ClearDomainEvents() => _domainEvents.Clear();

    /// <summary>Announces something that happened; handlers run in the same save.</summary>
    protected void AddDomainEvent(object domainEvent) => _domainEvents.Add(domainEvent);

    protected AggregateRoot()
    {
    }

    protected AggregateRoot(TKey id) : base(id)
    {
    }
}
