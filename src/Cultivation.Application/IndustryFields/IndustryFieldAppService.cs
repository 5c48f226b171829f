using Cultivation.Dtos;
using Cultivation.Entities;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;
using Riok.Mapperly.Abstractions;

namespace Cultivation.IndustryFields;

[Authorize(CultivationPermissions.IndustryFields.Default)]
public sealed class IndustryFieldAppService(
    IIndustryFieldRepository industryFields,
    IndustryFieldManager manager,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork) : IIndustryFieldAppService
{
    public async Task<ListResultDto<IndustryFieldDto>> GetListAsync(GetIndustryFieldListInput input, CancellationToken cancellationToken = default)
    {
        var query = (await industryFields.GetQueryableAsync())
            .Where(f => input.IncludeInactive || f.IsActive)
            .OrderBy(f => f.DisplayOrder).ThenBy(f => f.Code);
        var items = await executer.ToListAsync(IndustryFieldMapper.ProjectToDto(query), cancellationToken);
        return new ListResultDto<IndustryFieldDto>(items);
    }

    public async Task<IndustryFieldDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        IndustryFieldMapper.ToDto(await industryFields.GetAsync(id, cancellationToken: cancellationToken));

    [Authorize(CultivationPermissions.IndustryFields.Create)]
    public async Task<IndustryFieldDto> CreateAsync(CreateIndustryFieldDto input, CancellationToken cancellationToken = default)
    {
        var field = await manager.CreateAsync(input.Code, input.Name, cancellationToken);
        Apply(field, input);
        await manager.EnsureNamesFreeAsync(field, cancellationToken);
        await industryFields.InsertAsync(field, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return IndustryFieldMapper.ToDto(field);
    }

    [Authorize(CultivationPermissions.IndustryFields.Edit)]
    public async Task<IndustryFieldDto> UpdateAsync(Guid id, UpdateIndustryFieldDto input, CancellationToken cancellationToken = default)
    {
        var field = await industryFields.GetAsync(id, cancellationToken: cancellationToken);
        field.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        Apply(field, input);
        await manager.EnsureNamesFreeAsync(field, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return IndustryFieldMapper.ToDto(field);
    }

    /// <summary>Deletes a field no enterprise uses; a field in use can only be retired (IsActive = false).</summary>
    [Authorize(CultivationPermissions.IndustryFields.Delete)]
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var field = await industryFields.GetAsync(id, cancellationToken: cancellationToken);
        await manager.EnsureCanDeleteAsync(field, cancellationToken);
        await industryFields.DeleteAsync(field, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static void Apply(IndustryField field, UpdateIndustryFieldDto input)
    {
        field.Describe(input.Name, input.EnglishName, input.Description, input.IsStrategicEmerging, input.DisplayOrder);
        field.NameAliases(input.Aliases);
        if (input.IsActive)
        {
            field.Reactivate();
        }
        else
        {
            field.Retire();
        }
    }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class IndustryFieldMapper
{
    public static partial IndustryFieldDto ToDto(IndustryField field);

    public static partial IQueryable<IndustryFieldDto> ProjectToDto(IQueryable<IndustryField> query);
}
