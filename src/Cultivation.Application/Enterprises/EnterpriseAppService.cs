using Cultivation.Districts;
using Cultivation.Dtos;
using Cultivation.Entities;
using Cultivation.IndustryFields;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Enterprises;

[Authorize(CultivationPermissions.Enterprises.Default)]
public sealed class EnterpriseAppService(
    IEnterpriseRepository enterprises,
    IDistrictRepository districts,
    IIndustryFieldRepository industryFields,
    EnterpriseManager manager,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IEnterpriseAppService
{
    public async Task<PagedResultDto<EnterpriseListItemDto>> GetListAsync(GetEnterpriseListInput input, CancellationToken cancellationToken = default)
    {
        var filtered = EnterpriseListQuery.Filter(await enterprises.GetQueryableAsync(), input);
        var totalCount = await executer.CountAsync(filtered, cancellationToken);
        var page = EnterpriseListQuery.Sort(filtered, input.Sorting).Skip(input.SkipCount).Take(input.MaxResultCount);

        var items = await executer.ToListAsync(
            from e in page
            join d in await districts.GetQueryableAsync() on e.DistrictId equals d.Id
            join f in await industryFields.GetQueryableAsync() on e.IndustryFieldId equals f.Id into fields
            from f in fields.DefaultIfEmpty()
            select new EnterpriseListItemDto
            {
                Id = e.Id,
                Kind = e.Kind,
                Name = e.Name,
                CreditCode = e.CreditCode,
                DistrictId = e.DistrictId,
                DistrictName = d.Name,
                IndustryFieldId = e.IndustryFieldId,
                IndustryFieldName = f == null ? null : f.Name,
                FoundedOn = e.FoundedOn,
                CreationTime = e.CreationTime
            }, cancellationToken);
        await AttachLatestAwardsAsync(items, cancellationToken);
        return new PagedResultDto<EnterpriseListItemDto>(totalCount, items);
    }

    public async Task<EnterpriseDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await ToDtoAsync(await enterprises.GetAsync(id, cancellationToken: cancellationToken), cancellationToken);

    [Authorize(CultivationPermissions.Enterprises.Create)]
    public async Task<EnterpriseDto> CreateAsync(CreateEnterpriseDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await manager.CreateAsync(input.Kind!.Value, input.Name, input.CreditCode, input.DistrictId!.Value, cancellationToken);
        await ApplyProfileAsync(enterprise, input, cancellationToken);
        await enterprises.InsertAsync(enterprise, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(enterprise, cancellationToken);
    }

    [Authorize(CultivationPermissions.Enterprises.Edit)]
    public async Task<EnterpriseDto> UpdateAsync(Guid id, UpdateEnterpriseDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(id, cancellationToken: cancellationToken);
        enterprise.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        await manager.ChangeCreditCodeAsync(enterprise, input.CreditCode, cancellationToken);
        await manager.MoveToDistrictAsync(enterprise, input.DistrictId!.Value, cancellationToken);
        await ApplyProfileAsync(enterprise, input, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(enterprise, cancellationToken);
    }

    [Authorize(CultivationPermissions.Enterprises.Edit)]
    public async Task<EnterpriseDto> IncorporateAsync(Guid id, IncorporateEnterpriseDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(id, cancellationToken: cancellationToken);
        enterprise.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        await manager.IncorporateAsync(enterprise, input.CreditCode, input.IncorporatedOn!.Value, ShanghaiTime.Today(clock), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(enterprise, cancellationToken);
    }

    [Authorize(CultivationPermissions.Enterprises.Delete)]
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(id, includeDetails: false, cancellationToken);
        await enterprises.DeleteAsync(enterprise, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyProfileAsync(Enterprise enterprise, UpdateEnterpriseDto input, CancellationToken cancellationToken)
    {
        await manager.EnsureIndustryFieldExistsAsync(input.IndustryFieldId, "industryFieldId", cancellationToken);
        enterprise.UpdateProfile(EnterpriseMapper.ToProfile(input), ShanghaiTime.Today(clock));
    }

    private async Task AttachLatestAwardsAsync(List<EnterpriseListItemDto> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }
        var ids = items.Select(i => i.Id).ToList();
        var awards = await executer.ToListAsync(
            (await enterprises.GetQueryableAsync())
                .Where(e => ids.Contains(e.Id))
                .SelectMany(e => e.Awards)
                .Select(a => new { a.EnterpriseId, Summary = new AwardSummaryDto
                {
                    EditionId = a.EditionId,
                    EditionYear = a.EditionYear,
                    Track = a.Track,
                    StageReached = a.StageReached,
                    PrizeLevel = a.PrizeLevel,
                    NationalAdvancement = a.NationalAdvancement
                } }),
            cancellationToken);
        var latest = awards.GroupBy(a => a.EnterpriseId)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.Summary.EditionYear)!.Summary);
        foreach (var item in items)
        {
            item.LatestAward = latest.GetValueOrDefault(item.Id);
        }
    }

    private async Task<EnterpriseDto> ToDtoAsync(Enterprise enterprise, CancellationToken cancellationToken)
    {
        var district = await districts.GetAsync(enterprise.DistrictId, includeDetails: false, cancellationToken);
        var field = enterprise.IndustryFieldId is { } fieldId
            ? await industryFields.FindAsync(fieldId, includeDetails: false, cancellationToken)
            : null;
        return EnterpriseMapper.ToDto(enterprise, district.Name, field?.Name);
    }
}
