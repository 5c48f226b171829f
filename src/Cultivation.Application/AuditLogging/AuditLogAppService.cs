using Cultivation.Authorization;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Identity;
using Cultivation.Permissions;
using Cultivation.Validation;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.AuditLogging;

[Authorize]
public sealed class AuditLogAppService(
    IAuditLogRepository auditLogs,
    ISecurityLogRepository securityLogs,
    IEnterpriseRepository enterprises,
    PersonalDataMasker masker) : IAuditLogAppService
{
    [Authorize(CultivationPermissions.AuditLogs.Default)]
    public async Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default)
    {
        var (total, items) = await auditLogs.GetPagedListAsync(
            new AuditLogQuery(input.EntityType, input.EntityId, input.UserId, input.UserName, input.From, input.To),
            input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<AuditLogDto>(total, items.Select(log => new AuditLogDto
        {
            Id = log.Id,
            UserId = log.UserId,
            UserName = log.UserName,
            ExecutionTime = log.ExecutionTime,
            HttpMethod = log.HttpMethod,
            Url = log.Url,
            ClientIp = log.ClientIp,
            EntityChanges = log.EntityChanges.Select(c => ToDto(c, log.UserId, log.UserName, PersonalDataVisibility.Full)).ToList()
        }).ToList());
    }

    [Authorize(CultivationPermissions.AuditLogs.Default)]
    public async Task<PagedResultDto<SecurityLogDto>> GetSecurityLogsAsync(GetSecurityLogListInput input, CancellationToken cancellationToken = default)
    {
        var (total, items) = await securityLogs.GetPagedListAsync(input.UserName, input.From, input.To, input.SkipCount, input.MaxResultCount, cancellationToken);
        return new PagedResultDto<SecurityLogDto>(total, items.Select(l => new SecurityLogDto
        {
            Id = l.Id, UserId = l.UserId, UserName = l.UserName, Action = l.Action.ToString(), ClientIp = l.ClientIp, CreationTime = l.CreationTime
        }).ToList());
    }

    [Authorize(CultivationPermissions.Enterprises.Default)]
    public async Task<PagedResultDto<EntityChangeDto>> GetEnterpriseHistoryAsync(Guid enterpriseId, PagedAndSortedResultRequestDto input, CancellationToken cancellationToken = default)
    {
        // Only someone who may read the enterprise may read its history: another district's id is a 404.
        await enterprises.GetAsync(enterpriseId, includeDetails: false, cancellationToken);
        var (total, items) = await auditLogs.GetEnterpriseHistoryAsync(enterpriseId, input.SkipCount, input.MaxResultCount, cancellationToken);
        var visibility = await masker.GetVisibilityAsync();
        return new PagedResultDto<EntityChangeDto>(total, items.Select(i => ToDto(i.Change, i.UserId, i.UserName, visibility)).ToList());
    }

    private static EntityChangeDto ToDto(EntityChange change, Guid? userId, string? userName, PersonalDataVisibility visibility) => new()
    {
        Id = change.Id,
        ChangeTime = change.ChangeTime,
        ChangeType = change.ChangeType.ToString(),
        EntityType = change.EntityType,
        EntityId = change.EntityId,
        UserId = userId,
        UserName = userName,
        PropertyChanges = change.PropertyChanges
            .Where(p => !(p.IsPersonalData && visibility == PersonalDataVisibility.Hidden))
            .Select(p => new EntityPropertyChangeDto
            {
                PropertyName = p.PropertyName,
                OriginalValue = p.IsPersonalData && visibility == PersonalDataVisibility.Masked ? PersonalDataMasker.Mask(p.OriginalValue, PersonalDataKind.Other) : p.OriginalValue,
                NewValue = p.IsPersonalData && visibility == PersonalDataVisibility.Masked ? PersonalDataMasker.Mask(p.NewValue, PersonalDataKind.Other) : p.NewValue,
                IsPersonalData = p.IsPersonalData
            }).ToList()
    };
}
