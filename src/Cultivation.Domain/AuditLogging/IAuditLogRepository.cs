namespace Cultivation.AuditLogging;

public interface IAuditLogRepository
{
    Task<(int TotalCount, List<AuditLog> Items)> GetPagedListAsync(AuditLogQuery query, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Changes of the enterprise and of everything it owns, newest first, with who made them (and through which import).</summary>
    Task<(int TotalCount, List<(EntityChange Change, Guid? UserId, string? UserName, Guid? ImportBatchId)> Items)> GetEnterpriseHistoryAsync(
        Guid enterpriseId, int skip, int take, CancellationToken cancellationToken = default);
}

public sealed record AuditLogQuery(string? EntityType, string? EntityId, Guid? UserId, string? UserName, DateTime? From, DateTime? To);
