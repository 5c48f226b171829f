using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;

namespace Cultivation.AuditLogging;

public class EntityPropertyChangeDto
{
    public string PropertyName { get; set; } = null!;
    public string? OriginalValue { get; set; }
    public string? NewValue { get; set; }
    public bool IsPersonalData { get; set; }
}

public class EntityChangeDto
{
    public Guid Id { get; set; }
    public DateTime ChangeTime { get; set; }
    public string ChangeType { get; set; } = null!;
    public string EntityType { get; set; } = null!;
    public string EntityId { get; set; } = null!;
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    /// <summary>The import whose commit or revert made the change, and its file.</summary>
    public Guid? ImportBatchId { get; set; }
    public string? ImportFileName { get; set; }
    public List<EntityPropertyChangeDto> PropertyChanges { get; set; } = [];
}

public class AuditLogDto
{
    public Guid Id { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public DateTime ExecutionTime { get; set; }
    public string? HttpMethod { get; set; }
    public string? Url { get; set; }
    public string? ClientIp { get; set; }
    public Guid? ImportBatchId { get; set; }
    public string? ImportFileName { get; set; }
    public List<EntityChangeDto> EntityChanges { get; set; } = [];
}

public class GetAuditLogListInput : PagedAndSortedResultRequestDto
{
    [StringLength(128)]
    public string? EntityType { get; set; }
    [StringLength(128)]
    public string? EntityId { get; set; }
    public Guid? UserId { get; set; }
    [StringLength(CultivationConsts.MaxUserNameLength)]
    public string? UserName { get; set; }
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
}

public class SecurityLogDto
{
    public Guid Id { get; set; }
    public Guid? UserId { get; set; }
    public string UserName { get; set; } = null!;
    public string Action { get; set; } = null!;
    public string? ClientIp { get; set; }
    public DateTime CreationTime { get; set; }
}

public class GetSecurityLogListInput : PagedAndSortedResultRequestDto
{
    [StringLength(CultivationConsts.MaxUserNameLength)]
    public string? UserName { get; set; }
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
}

public interface IAuditLogAppService
{
    Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<SecurityLogDto>> GetSecurityLogsAsync(GetSecurityLogListInput input, CancellationToken cancellationToken = default);

    /// <summary>The change history of one enterprise and what it owns, newest first; personal data masked as the reader may see it.</summary>
    Task<PagedResultDto<EntityChangeDto>> GetEnterpriseHistoryAsync(Guid enterpriseId, PagedAndSortedResultRequestDto input, CancellationToken cancellationToken = default);
}
