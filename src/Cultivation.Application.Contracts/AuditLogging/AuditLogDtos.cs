using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;

namespace Cultivation.AuditLogging;

/// <summary>
/// One property's change: as recorded (<see cref="PropertyName"/>, <see cref="OriginalValue"/>, <see cref="NewValue"/>) and as
/// people read it, in the request's language (the form's label, an enum's label, a referenced record's current name, an amount
/// in 万元, a date in Shanghai time).
/// </summary>
public class EntityPropertyChangeDto
{
    public string PropertyName { get; set; } = null!;
    public string? OriginalValue { get; set; }
    public string? NewValue { get; set; }
    public bool IsPersonalData { get; set; }
    public string DisplayName { get; set; } = null!;
    public string? OriginalText { get; set; }
    public string? NewText { get; set; }
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
    /// <summary>The entity type's name (企业, 获奖记录), the record's current name when it has one, and what happened (新增, 修改, 删除).</summary>
    public string EntityTypeDisplayName { get; set; } = null!;
    public string? EntityDisplayName { get; set; }
    public string ChangeTypeDisplayName { get; set; } = null!;
    /// <summary>The business action that made the change (AwardRecord.Create, Import.Revert) and its name (新增获奖记录, 撤销导入).</summary>
    public string? Action { get; set; }
    public string ActionDisplayName { get; set; } = null!;
    /// <summary>Who made it, by display name; 系统 for a job.</summary>
    public string UserDisplayName { get; set; } = null!;
    public bool IsSystem { get; set; }
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
    public string? Module { get; set; }
    public string? ModuleDisplayName { get; set; }
    public string? Action { get; set; }
    public string ActionDisplayName { get; set; } = null!;
    public string UserDisplayName { get; set; } = null!;
    public bool IsSystem { get; set; }
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
    [StringLength(AuditLogConsts.MaxModuleLength)]
    public string? Module { get; set; }
    [StringLength(AuditLogConsts.MaxActionLength)]
    public string? Action { get; set; }
    /// <summary>List what jobs and the seed did too; by default only people's actions.</summary>
    public bool IncludeSystem { get; set; }
}

/// <summary>A filter's value and its name in the request's language.</summary>
public class AuditFilterOptionDto
{
    public string Value { get; set; } = null!;
    public string DisplayName { get; set; } = null!;
}

/// <summary>What the audit log can be filtered by: people by display name, modules, actions and entity types by their names.</summary>
public class AuditLogFilterOptionsDto
{
    public List<AuditFilterOptionDto> Users { get; set; } = [];
    public List<AuditFilterOptionDto> Modules { get; set; } = [];
    public List<AuditFilterOptionDto> Actions { get; set; } = [];
    public List<AuditFilterOptionDto> EntityTypes { get; set; } = [];
}

public class SecurityLogDto
{
    public Guid Id { get; set; }
    public Guid? UserId { get; set; }
    public string UserName { get; set; } = null!;
    /// <summary>The user's display name; the name as typed when no user has it (a failed sign-in).</summary>
    public string UserDisplayName { get; set; } = null!;
    public string Action { get; set; } = null!;
    public string ActionDisplayName { get; set; } = null!;
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

    Task<AuditLogFilterOptionsDto> GetFilterOptionsAsync(CancellationToken cancellationToken = default);

    Task<PagedResultDto<SecurityLogDto>> GetSecurityLogsAsync(GetSecurityLogListInput input, CancellationToken cancellationToken = default);

    /// <summary>The change history of one enterprise and what it owns, newest first; personal data masked as the reader may see it.</summary>
    Task<PagedResultDto<EntityChangeDto>> GetEnterpriseHistoryAsync(Guid enterpriseId, PagedAndSortedResultRequestDto input, CancellationToken cancellationToken = default);
}
