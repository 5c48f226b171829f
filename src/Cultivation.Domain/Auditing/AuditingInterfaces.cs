namespace Cultivation.Auditing;

public interface IHasCreationTime
{
    DateTime CreationTime { get; }
}

public interface ICreationAuditedObject : IHasCreationTime
{
    Guid? CreatorId { get; }
}

public interface IModificationAuditedObject
{
    DateTime? LastModificationTime { get; }

    Guid? LastModifierId { get; }
}

public interface ISoftDelete
{
    bool IsDeleted { get; }
}

public interface IDeletionAuditedObject : ISoftDelete
{
    DateTime? DeletionTime { get; }

    Guid? DeleterId { get; }
}

/// <summary>Audit fields are stamped by the persistence layer (one SaveChanges interceptor), not by callers.</summary>
public interface IAuditStampable : ICreationAuditedObject, IModificationAuditedObject
{
    void StampCreation(DateTime utcNow, Guid? userId);

    void StampModification(DateTime utcNow, Guid? userId);
}

public interface ISoftDeleteStampable : IDeletionAuditedObject
{
    void StampDeletion(DateTime utcNow, Guid? userId);
}
