using Cultivation.Contests;
using Cultivation.Districts;
using Cultivation.Dtos;
using Cultivation.Entities;
using Cultivation.IndustryFields;
using Cultivation.Localization;
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
    Policies.IEnterpriseTitleRepository titles,
    TimeProvider clock) : IEnterpriseAppService
{
    /// <summary>
    /// One round trip in the usual case: the page, its names, each row's latest award and the total (an
    /// uncorrelated subquery the database evaluates once). Only a page past the end needs a second query.
    /// </summary>
    public async Task<PagedResultDto<EnterpriseListItemDto>> GetListAsync(GetEnterpriseListInput input, CancellationToken cancellationToken = default)
    {
        var filtered = EnterpriseListQuery.Filter(await enterprises.GetQueryableAsync(), input, await titles.GetQueryableAsync());
        var page = EnterpriseListQuery.Sort(filtered, input.Sorting).Skip(input.SkipCount).Take(input.MaxResultCount);
        var english = DisplayLanguage.IsEnglish;
        var rows = await executer.ToListAsync(
            from x in enterprises.WithLatestAward(page)
            let e = x.Enterprise
            let a = x.LatestAward
            join d in await districts.GetQueryableAsync() on e.DistrictId equals d.Id
            join f in await industryFields.GetQueryableAsync() on e.IndustryFieldId equals f.Id into fields
            from f in fields.DefaultIfEmpty()
            select new
            {
                Item = new EnterpriseListItemDto
                {
                    Id = e.Id,
                    Kind = e.Kind,
                    Name = e.Name,
                    CreditCode = e.CreditCode,
                    DistrictId = e.DistrictId,
                    DistrictName = english ? d.EnglishName : d.Name,
                    IndustryFieldId = e.IndustryFieldId,
                    IndustryFieldName = f == null ? null : english && f.EnglishName != null ? f.EnglishName : f.Name,
                    IndustryFieldText = e.IndustryFieldText,
                    FoundedOn = e.FoundedOn,
                    CreationTime = e.CreationTime,
                    LatestAward = a == null ? null : new AwardSummaryDto
                    {
                        EditionId = a.EditionId,
                        EditionYear = a.EditionYear,
                        Track = a.Track,
                        StageReached = a.StageReached,
                        PrizeLevel = a.PrizeLevel,
                        NationalAdvancement = a.NationalAdvancement
                    }
                },
                TotalCount = filtered.Count()
            }, cancellationToken);

        var totalCount = rows.Count > 0 ? rows[0].TotalCount
            : input.SkipCount == 0 ? 0
            : await executer.CountAsync(filtered, cancellationToken);
        return new PagedResultDto<EnterpriseListItemDto>(totalCount, rows.Select(r => r.Item).ToList());
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
        if (input.Listed is { } listed)
        {
            enterprise.RecordListing(listed);
        }
    }

    private async Task<EnterpriseDto> ToDtoAsync(Enterprise enterprise, CancellationToken cancellationToken)
    {
        var district = await districts.GetAsync(enterprise.DistrictId, includeDetails: false, cancellationToken);
        var field = enterprise.IndustryFieldId is { } fieldId
            ? await industryFields.FindAsync(fieldId, includeDetails: false, cancellationToken)
            : null;
        return EnterpriseMapper.ToDto(enterprise, DisplayLanguage.Pick(district.Name, district.EnglishName),
            field is null ? null : DisplayLanguage.Pick(field.Name, field.EnglishName));
    }
}
