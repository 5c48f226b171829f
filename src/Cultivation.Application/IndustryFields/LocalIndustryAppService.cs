using Cultivation.Dtos;
using Cultivation.Entities;
using Cultivation.Localization;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.IndustryFields;

/// <summary>Shanghai's industry systems beside the national catalogue: read by everyone who reads the catalogue, kept by its administrators.</summary>
[Authorize(CultivationPermissions.IndustryFields.Default)]
public sealed class LocalIndustryAppService(
    ILocalIndustryRepository localIndustries,
    IIndustryFieldRepository industryFields,
    IndustryFieldManager manager,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork) : ILocalIndustryAppService
{
    public async Task<ListResultDto<LocalIndustryDto>> GetListAsync(GetIndustryFieldListInput input, CancellationToken cancellationToken = default) =>
        new(await executer.ToListAsync(await QueryAsync(l => input.IncludeInactive || l.IsActive), cancellationToken));

    /// <summary>The entries that match, with their national category's name, in display order (projected in SQL).</summary>
    private async Task<IQueryable<LocalIndustryDto>> QueryAsync(System.Linq.Expressions.Expression<Func<LocalIndustry, bool>> predicate)
    {
        var english = DisplayLanguage.IsEnglish;
        return
            from l in (await localIndustries.GetQueryableAsync()).Where(predicate)
            join f in await industryFields.GetQueryableAsync() on l.IndustryFieldId equals f.Id
            orderby l.DisplayOrder, l.Code
            select new LocalIndustryDto
            {
                Id = l.Id,
                Code = l.Code,
                Name = l.Name,
                System = l.System,
                Group = l.Group,
                Source = l.Source,
                IndustryFieldId = l.IndustryFieldId,
                IndustryFieldName = english && f.EnglishName != null ? f.EnglishName : f.Name,
                MappingConfirmed = l.MappingConfirmed,
                IsActive = l.IsActive,
                DisplayOrder = l.DisplayOrder,
                ConcurrencyStamp = l.ConcurrencyStamp
            };
    }

    [Authorize(CultivationPermissions.IndustryFields.Create)]
    public async Task<LocalIndustryDto> CreateAsync(CreateLocalIndustryDto input, CancellationToken cancellationToken = default)
    {
        var local = await manager.CreateLocalAsync(input.Code, input.Name, input.System, input.IndustryFieldId!.Value, input.MappingConfirmed, cancellationToken);
        await ApplyAsync(local, input, remap: false, cancellationToken);
        await localIndustries.InsertAsync(local, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetDtoAsync(local.Id, cancellationToken);
    }

    [Authorize(CultivationPermissions.IndustryFields.Edit)]
    public async Task<LocalIndustryDto> UpdateAsync(Guid id, UpdateLocalIndustryDto input, CancellationToken cancellationToken = default)
    {
        var local = await localIndustries.GetAsync(id, cancellationToken: cancellationToken);
        local.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        await ApplyAsync(local, input, remap: true, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetDtoAsync(local.Id, cancellationToken);
    }

    private async Task ApplyAsync(LocalIndustry local, UpdateLocalIndustryDto input, bool remap, CancellationToken cancellationToken)
    {
        local.Describe(input.Name, input.System, input.Group, input.Source, input.DisplayOrder);
        if (remap)
        {
            await manager.MapAsync(local, input.IndustryFieldId!.Value, input.MappingConfirmed, cancellationToken);
        }
        if (input.IsActive)
        {
            local.Reactivate();
        }
        else
        {
            local.Retire();
        }
        await manager.EnsureNameFreeAsync(local, cancellationToken);
    }

    private async Task<LocalIndustryDto> GetDtoAsync(Guid id, CancellationToken cancellationToken) =>
        (await executer.ToListAsync(await QueryAsync(l => l.Id == id), cancellationToken)).Single();
}
