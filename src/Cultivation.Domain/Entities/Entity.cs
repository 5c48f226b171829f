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
public abstract class AggregateRoot<TKey> : Entity<TKey>, IHasConcurrencyStamp
    where TKey : notnull
{
    public virtual string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    protected AggregateRoot()
    {
    }

    protected AggregateRoot(TKey id) : base(id)
    {
    }
}
