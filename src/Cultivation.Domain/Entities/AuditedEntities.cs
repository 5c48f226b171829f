using Cultivation.Auditing;

namespace Cultivation.Entities;

/// <summary>An entity inside an aggregate that remembers who created and last changed it.</summary>
public abstract class AuditedEntity<TKey> : Entity<TKey>, IAuditStampable, IHasConcurrencyStamp
    where TKey : notnull
{
    public virtual DateTime CreationTime { get; private set; }
    public virtual Guid? CreatorId { get; private set; }
    public virtual DateTime? LastModificationTime { get; private set; }
    public virtual Guid? LastModifierId { get; private set; }
    public virtual string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    protected AuditedEntity()
    {
    }

    protected AuditedEntity(TKey id) : base(id)
    {
    }

    void IAuditStampable.StampCreation(DateTime utcNow, Guid? userId)
    {
        CreationTime = utcNow;
        CreatorId = userId;
    }

    void IAuditStampable.StampModification(DateTime utcNow, Guid? userId)
    {
        LastModificationTime = utcNow;
        LastModifierId = userId;
    }
}

/// <summary>ABP's AuditedAggregateRoot: creation and modification audit, stamped by the save, and a concurrency stamp.</summary>
public abstract class AuditedAggregateRoot<TKey> : AggregateRoot<TKey>, IAuditStampable
    where TKey : notnull
{
    public virtual DateTime CreationTime { get; private set; }
    public virtual Guid? CreatorId { get; private set; }
    public virtual DateTime? LastModificationTime { get; private set; }
    public virtual Guid? LastModifierId { get; private set; }

    protected AuditedAggregateRoot()
    {
    }

    protected AuditedAggregateRoot(TKey id) : base(id)
    {
    }

    void IAuditStampable.StampCreation(DateTime utcNow, Guid? userId)
    {
        CreationTime = utcNow;
        CreatorId = userId;
    }

    void IAuditStampable.StampModification(DateTime utcNow, Guid? userId)
    {
        LastModificationTime = utcNow;
        LastModifierId = userId;
    }
}

/// <summary>ABP's FullAuditedAggregateRoot: <see cref="AuditedAggregateRoot{TKey}"/> and soft deletion with its audit.</summary>
public abstract class FullAuditedAggregateRoot<TKey> : AuditedAggregateRoot<TKey>, ISoftDeleteStampable
    where TKey : notnull
{
    public virtual bool IsDeleted { get; private set; }
    public virtual DateTime? DeletionTime { get; private set; }
    public virtual Guid? DeleterId { get; private set; }

    protected FullAuditedAggregateRoot()
    {
    }

    protected FullAuditedAggregateRoot(TKey id) : base(id)
    {
    }

    void ISoftDeleteStampable.StampDeletion(DateTime utcNow, Guid? userId)
    {
        IsDeleted = true;
        DeletionTime = utcNow;
        DeleterId = userId;
    }
}
