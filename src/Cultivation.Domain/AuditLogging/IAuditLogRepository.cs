namespace Cultivation.AuditLogging;

public interface IAuditLogRepository
{
    Task<(int TotalCount, List<AuditLog> Items)> GetPagedListAsync(AuditLogQuery query, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Changes of the enterprise and of everything it owns, newest first, with who made them (and through which import).</summary>
    Task<(int TotalCount, List<(EntityChange Change, AuditLog Log)> Items)> GetEnterpriseHistoryAsync(
        Guid enterpriseId, int skip, int take, CancellationToken cancellationToken = default);
}

/// <param name="IncludeSystem">Whether what jobs and the seed did is listed too; by default only people's actions are.</param>
public sealed record AuditLogQuery(string? EntityType, string? EntityId, Guid? UserId, string? UserName, DateTime? From, DateTime? To,
    string? Module = null, string? Action = null, bool IncludeSystem = false);
