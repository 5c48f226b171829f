using Cultivation.Authorization;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Identity;
using Cultivation.Imports;
using Cultivation.Permissions;
using Cultivation.Validation;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.AuditLogging;

[Authorize]
public sealed class AuditLogAppService(
    IAuditLogRepository auditLogs,
    ISecurityLogRepository securityLogs,
    IEnterpriseRepository enterprises,
    IImportBatchRepository imports,
    IAuditModel model,
    AuditLogRenderer renderer,
    PersonalDataMasker masker) : IAuditLogAppService
{
    [Authorize(CultivationPermissions.AuditLogs.Default)]
    public async Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default)
    {
        var (total, items) = await auditLogs.GetPagedListAsync(
            new AuditLogQuery(input.EntityType, input.EntityId, input.UserId, input.UserName, input.From, input.To, input.Module, input.Action, input.IncludeSystem),
            input.SkipCount, input.MaxResultCount, cancellationToken);
        var dtos = items.Select(log => new AuditLogDto
        {
            Id = log.Id,
            UserId = log.UserId,
            UserName = log.UserName,
            ExecutionTime = log.ExecutionTime,
            HttpMethod = log.HttpMethod,
            Url = log.Url,
            ClientIp = log.ClientIp,
            ImportBatchId = log.ImportBatchId,
            Module = log.Module,
            Action = log.Action,
            IsSystem = log.IsSystem,
            EntityChanges = log.EntityChanges.Select(c => ToDto(c, log, PersonalDataVisibility.Full)).ToList()
        }).ToList();
        var fileNames = await AddImportsAsync(dtos.SelectMany(l => l.EntityChanges).ToList(), cancellationToken);
        dtos.ForEach(l => l.ImportFileName = l.ImportBatchId is { } id ? fileNames.GetValueOrDefault(id) : null);
        await renderer.RenderAsync(dtos, cancellationToken);
        return new PagedResultDto<AuditLogDto>(total, dtos);
    }

    [Authorize(CultivationPermissions.AuditLogs.Default)]
    public async Task<AuditLogFilterOptionsDto> GetFilterOptionsAsync(CancellationToken cancellationToken = default) =>
        renderer.FilterOptions(await model.GetPeopleAsync(cancellationToken));

    [Authorize(CultivationPermissions.AuditLogs.Default)]
    public async Task<PagedResultDto<SecurityLogDto>> GetSecurityLogsAsync(GetSecurityLogListInput input, CancellationToken cancellationToken = default)
    {
        var (total, items) = await securityLogs.GetPagedListAsync(input.UserName, input.From, input.To, input.SkipCount, input.MaxResultCount, cancellationToken);
        var dtos = items.Select(l => new SecurityLogDto
        {
            Id = l.Id, UserId = l.UserId, UserName = l.UserName, Action = l.Action.ToString(), ClientIp = l.ClientIp, CreationTime = l.CreationTime
        }).ToList();
        await renderer.RenderAsync(dtos, cancellationToken);
        return new PagedResultDto<SecurityLogDto>(total, dtos);
    }

    [Authorize(CultivationPermissions.Enterprises.Default)]
    public async Task<PagedResultDto<EntityChangeDto>> GetEnterpriseHistoryAsync(Guid enterpriseId, PagedAndSortedResultRequestDto input, CancellationToken cancellationToken = default)
    {
        // Only someone who may read the enterprise may read its history: another district's id is a 404.
        await enterprises.GetAsync(enterpriseId, includeDetails: false, cancellationToken);
        var (total, items) = await auditLogs.GetEnterpriseHistoryAsync(enterpriseId, input.SkipCount, input.MaxResultCount, cancellationToken);
        var visibility = await masker.GetVisibilityAsync();
        var dtos = items.Select(i => ToDto(i.Change, i.Log, visibility)).ToList();
        await AddImportsAsync(dtos, cancellationToken);
        await renderer.RenderAsync(dtos, cancellationToken);
        return new PagedResultDto<EntityChangeDto>(total, dtos);
    }

    /// <summary>
    /// Names the import behind each change, and gives a record an import created the values it was created with:
    /// for those the audit keeps the entry and the import keeps the values (its provenance, same transaction).
    /// </summary>
    private async Task<Dictionary<Guid, string>> AddImportsAsync(List<EntityChangeDto> changes, CancellationToken cancellationToken)
    {
        var imported = changes.Where(c => c.ImportBatchId is not null).ToList();
        if (imported.Count == 0)
        {
            return [];
        }
        var fileNames = await imports.GetFileNamesAsync(imported.Select(c => c.ImportBatchId!.Value).Distinct().ToList(), cancellationToken);
        var created = imported
            .Where(c => c.ChangeType == nameof(EntityChangeType.Created) && c.PropertyChanges.Count == 0 && Guid.TryParse(c.EntityId, out _))
            .ToList();
        var values = await imports.GetCreatedValuesAsync(created.Select(c => (c.ImportBatchId!.Value, Guid.Parse(c.EntityId))).ToList(), cancellationToken);
        foreach (var change in imported)
        {
            change.ImportFileName = fileNames.GetValueOrDefault(change.ImportBatchId!.Value);
        }
        foreach (var change in created)
        {
            if (values.TryGetValue((change.ImportBatchId!.Value, Guid.Parse(change.EntityId)), out var fields))
            {
                change.PropertyChanges = fields.Select(f => new EntityPropertyChangeDto { PropertyName = f.Field, NewValue = f.NewValue }).ToList();
            }
        }
        return fileNames;
    }

    private static EntityChangeDto ToDto(EntityChange change, AuditLog log, PersonalDataVisibility visibility) => new()
    {
        ImportBatchId = log.ImportBatchId,
        Id = change.Id,
        ChangeTime = change.ChangeTime,
        ChangeType = change.ChangeType.ToString(),
        EntityType = change.EntityType,
        EntityId = change.EntityId,
        UserId = log.UserId,
        UserName = log.UserName,
        Action = log.Action,
        IsSystem = log.IsSystem,
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
