using Cultivation.Auditing;
using Cultivation.Entities;

namespace Cultivation.AuditLogging;

/// <summary>
/// One save's worth of changes: who made them, when, through which request, and each entity's changed
/// properties with old and new values. Written in the same transaction as the changes themselves.
/// </summary>
[DisableAuditing]
public class AuditLog : Entity<Guid>
{
    public const int MaxActionLength = AuditLogConsts.MaxActionLength;
    public const int MaxModuleLength = AuditLogConsts.MaxModuleLength;

    private readonly List<EntityChange> _entityChanges = [];

    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public DateTime ExecutionTime { get; private set; }
    public string? HttpMethod { get; private set; }
    public string? Url { get; private set; }
    public string? ClientIp { get; private set; }
    public string? CorrelationId { get; private set; }
    /// <summary>The import whose commit or revert made these changes, if one did.</summary>
    public Guid? ImportBatchId { get; private set; }
    /// <summary>The module of the business action, e.g. Enterprises.</summary>
    public string? Module { get; private set; }
    /// <summary>The business action that made the changes: the application service and method, e.g. AwardRecord.Create.</summary>
    public string? Action { get; private set; }
    /// <summary>No person made these changes: a scheduled job, the seed or the migrator did.</summary>
    public bool IsSystem { get; private set; }
    public IReadOnlyList<EntityChange> EntityChanges => _entityChanges;

    private AuditLog()
    {
    }

    public AuditLog(Guid id, Guid? userId, string? userName, DateTime executionTime, AuditRequestInfo? request, Guid? importBatchId = null,
        AuditAction? action = null) : base(id)
    {
        ImportBatchId = importBatchId;
        Action = action?.Name is { Length: > MaxActionLength } name ? name[..MaxActionLength] : action?.Name;
        Module = action?.Module is { Length: > MaxModuleLength } module ? module[..MaxModuleLength] : action?.Module;
        IsSystem = userId is null;
        UserId = userId;
        UserName = userName;
        ExecutionTime = executionTime;
        HttpMethod = request?.HttpMethod;
        Url = request?.Url is { Length: > 512 } url ? url[..512] : request?.Url;
        ClientIp = request?.ClientIp;
        CorrelationId = request?.CorrelationId;
    }

    public void Add(EntityChange change) => _entityChanges.Add(change);
}

public sealed record AuditRequestInfo(string? HttpMethod, string? Url, string? ClientIp, string? CorrelationId, string? UserAgent = null);

/// <summary>Where the current change comes from (the HTTP request, or nothing for jobs and seeding).</summary>
public interface IAuditRequestInfoProvider
{
    AuditRequestInfo? Current { get; }
}

/// <summary>Outside a request (DbMigrator, jobs): changes are audited without request details.</summary>
public sealed class NullAuditRequestInfoProvider : IAuditRequestInfoProvider
{
    public AuditRequestInfo? Current => null;
}

[DisableAuditing]
public class EntityChange : Entity<Guid>
{
    private readonly List<EntityPropertyChange> _propertyChanges = [];

    public Guid AuditLogId { get; private set; }
    public DateTime ChangeTime { get; private set; }
    public EntityChangeType ChangeType { get; private set; }
    /// <summary>The entity's type name, e.g. Enterprise, AwardRecord.</summary>
    public string EntityType { get; private set; } = null!;
    public string EntityId { get; private set; } = null!;
    /// <summary>The enterprise the entity belongs to (itself for an enterprise), for its change history.</summary>
    public Guid? EnterpriseId { get; private set; }
    public Guid? DistrictId { get; private set; }
    public IReadOnlyList<EntityPropertyChange> PropertyChanges => _propertyChanges;

    private EntityChange()
    {
    }

    public EntityChange(Guid id, Guid auditLogId, DateTime changeTime, EntityChangeType changeType, string entityType, string entityId, Guid? enterpriseId, Guid? districtId)
        : base(id)
    {
        AuditLogId = auditLogId;
        ChangeTime = changeTime;
        ChangeType = changeType;
        EntityType = entityType;
        EntityId = entityId;
        EnterpriseId = enterpriseId;
        DistrictId = districtId;
    }

    public void Add(EntityPropertyChange change) => _propertyChanges.Add(change);
}

[DisableAuditing]
public class EntityPropertyChange : Entity<Guid>
{
    public const int MaxValueLength = 512;

    public Guid EntityChangeId { get; private set; }
    public string PropertyName { get; private set; } = null!;
    public string? OriginalValue { get; private set; }
    public string? NewValue { get; private set; }
    /// <summary>The value is personal data: shown masked to readers without the personal-data permission.</summary>
    public bool IsPersonalData { get; private set; }

    private EntityPropertyChange()
    {
    }

    public EntityPropertyChange(Guid id, Guid entityChangeId, string propertyName, string? originalValue, string? newValue, bool isPersonalData)
        : base(id)
    {
        EntityChangeId = entityChangeId;
        PropertyName = propertyName;
        OriginalValue = Truncate(originalValue);
        NewValue = Truncate(newValue);
        IsPersonalData = isPersonalData;
    }

    private static string? Truncate(string? value) => value is { Length: > MaxValueLength } ? value[..MaxValueLength] : value;
}

public enum EntityChangeType
{
    Created = 0,
    Updated = 1,
    Deleted = 2
}
