namespace Cultivation.AuditLogging;

/// <summary>
/// What a reader of the audit log needs from the data model to show a recorded value in the users' words: the property's
/// type (an enum, an amount, a date), the record it refers to, and that record's current name.
/// </summary>
public interface IAuditModel
{
    /// <summary>The audited entity types, by the name changes record them under.</summary>
    IReadOnlyList<string> EntityTypes { get; }

    /// <summary>How a recorded property reads; null when the model no longer has it (it is then shown as recorded).</summary>
    AuditedProperty? FindProperty(string entityType, string propertyName);

    /// <summary>Whether records of the type have a name <see cref="GetNamesAsync"/> can read.</summary>
    bool HasNames(string entityType);

    /// <summary>The current names of records of one type (deleted ones too), in one query.</summary>
    Task<Dictionary<Guid, string>> GetNamesAsync(string entityType, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>Every user by display name, for the audit log's person filter.</summary>
    Task<List<(Guid Id, string Name)>> GetPeopleAsync(CancellationToken cancellationToken = default);
}

/// <param name="ValueType">The property's type, nullable unwrapped (an enum, decimal, DateTime, …).</param>
/// <param name="ReferencedType">The entity type a foreign key or user id refers to, when its records have a name.</param>
/// <param name="IsInternal">Bookkeeping or a copy of the owner's value (stamps, soft-delete flag, keys, the owner's ids): not shown.</param>
public sealed record AuditedProperty(Type ValueType, string? ReferencedType, bool IsInternal);
