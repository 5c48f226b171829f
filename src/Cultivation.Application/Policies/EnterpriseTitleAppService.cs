using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Policies;

/// <summary>
/// Titles: an enterprise's, and the city's (a district officer's query filter narrows everything to the district).
/// Granting is the pipeline's decision (<see cref="PolicyTitleGranter"/>); here officers record the titles granted before
/// the system and revoke.
/// </summary>
[Authorize(CultivationPermissions.Policies.Default)]
public sealed class EnterpriseTitleAppService(
    IEnterpriseRepository enterprises,
    IEnterpriseTitleRepository titles,
    IPolicyProgrammeRepository programmes,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IEnterpriseTitleAppService
{
    public async Task<ListResultDto<EnterpriseTitleDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        await enterprises.GetAsync(enterpriseId, includeDetails: false, cancellationToken);
        var query = from t in await titles.GetQueryableAsync()
                    where t.EnterpriseId == enterpriseId
                    join p in await programmes.GetQueryableAsync() on t.ProgrammeId equals p.Id
                    orderby t.Status, t.GrantedOn descending
                    select new { Title = t, ProgrammeName = p.Name };
        return new ListResultDto<EnterpriseTitleDto>((await executer.ToListAsync(query, cancellationToken))
            .Select(x => ToDto(x.Title, x.ProgrammeName, new EnterpriseTitleDto())).ToList());
    }

    [Authorize(CultivationPermissions.Policies.ManageTitles)]
    public async Task<EnterpriseTitleDto> RecordAsync(Guid enterpriseId, RecordEnterpriseTitleDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, includeDetails: false, cancellationToken);
        var programme = await programmes.FindByCodeAsync(input.ProgrammeCode.Trim(), cancellationToken)
            ?? throw new BusinessException(CultivationDomainErrorCodes.PolicyProgrammeNotFound, "programmeCode", input.ProgrammeCode);
        if (await titles.HasActiveAsync(enterprise.Id, programme.Id, cancellationToken))
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyTitleAlreadyHeld, "programmeCode", enterprise.Name, programme.Name);
        }
        var title = EnterpriseTitle.Record(Guid.CreateVersion7(), enterprise.Id, enterprise.DistrictId, programme, input.GrantedOn!.Value, input.ValidUntil,
            input.DocumentNumber, input.EvidenceNote, ShanghaiTime.Today(clock));
        await titles.InsertAsync(title, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(title, programme.Name, new EnterpriseTitleDto());
    }

    [Authorize(CultivationPermissions.Policies.ManageTitles)]
    public async Task<EnterpriseTitleDto> RevokeAsync(Guid enterpriseId, Guid id, RevokeEnterpriseTitleDto input, CancellationToken cancellationToken = default)
    {
        var title = await titles.GetAsync(id, cancellationToken: cancellationToken);
        if (title.EnterpriseId != enterpriseId)
        {
            throw new EntityNotFoundException(typeof(EnterpriseTitle), id);
        }
        title.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        title.Revoke(input.RevokedOn ?? ShanghaiTime.Today(clock), input.Reason);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        var programme = await programmes.GetAsync(title.ProgrammeId, includeDetails: false, cancellationToken);
        return ToDto(title, programme.Name, new EnterpriseTitleDto());
    }

    /// <summary>The city's titles (an officer's: the district's), filtered, soonest due first, one page with its total.</summary>
    public async Task<PagedResultDto<EnterpriseTitleListItemDto>> GetAllAsync(GetEnterpriseTitleListInput input, CancellationToken cancellationToken = default)
    {
        var query = await titles.GetQueryableAsync();
        if (!string.IsNullOrWhiteSpace(input.ProgrammeCode))
        {
            var code = input.ProgrammeCode.Trim();
            query = query.Where(t => t.ProgrammeCode == code);
        }
        if (input.DistrictId is { } districtId)
        {
            query = query.Where(t => t.DistrictId == districtId);
        }
        if (input.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }
        if (input.DueWithinDays is { } days)
        {
            var until = ShanghaiTime.Today(clock).AddDays(days);
            query = query.Where(t => t.Status == EnterpriseTitleStatus.Active
                                     && (t.NextUpdateDueOn <= until || t.ReviewDueOn <= until || t.ValidUntil <= until));
        }
        var total = await executer.CountAsync(query, cancellationToken);
        var page = from t in query
                   join e in await enterprises.GetQueryableAsync() on t.EnterpriseId equals e.Id
                   join p in await programmes.GetQueryableAsync() on t.ProgrammeId equals p.Id
                   orderby t.ValidUntil == null, t.ValidUntil, t.Id
                   select new { Title = t, ProgrammeName = p.Name, EnterpriseName = e.Name };
        var items = await executer.ToListAsync(page.Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        return new PagedResultDto<EnterpriseTitleListItemDto>(total, items
            .Select(x => ToDto(x.Title, x.ProgrammeName, new EnterpriseTitleListItemDto { EnterpriseName = x.EnterpriseName })).ToList());
    }

    private static T ToDto<T>(EnterpriseTitle t, string programmeName, T dto)
        where T : EnterpriseTitleDto
    {
        dto.Id = t.Id;
        dto.EnterpriseId = t.EnterpriseId;
        dto.DistrictId = t.DistrictId;
        dto.ProgrammeId = t.ProgrammeId;
        dto.ProgrammeCode = t.ProgrammeCode;
        dto.ProgrammeName = programmeName;
        dto.RuleSetVersion = t.RuleSetVersion;
        dto.GrantedOn = t.GrantedOn;
        dto.ValidUntil = t.ValidUntil;
        dto.NextUpdateDueOn = t.NextUpdateDueOn;
        dto.ReviewDueOn = t.ReviewDueOn;
        dto.Status = t.Status;
        dto.Source = t.Source;
        dto.ApplicationId = t.ApplicationId;
        dto.DocumentNumber = t.DocumentNumber;
        dto.EvidenceNote = t.EvidenceNote;
        dto.EndedOn = t.EndedOn;
        dto.RevocationReason = t.RevocationReason;
        dto.ConcurrencyStamp = t.ConcurrencyStamp;
        return dto;
    }
}

/// <summary>The facts the rules read from an enterprise's records, for the calculator to prefill.</summary>
[Authorize(CultivationPermissions.Policies.Calculate)]
public sealed class PolicyFactsAppService(IEnterpriseRepository enterprises, IPolicyFactsSource facts, TimeProvider clock) : IPolicyFactsAppService
{
    public async Task<PolicyFacts> GetAsync(Guid enterpriseId, DateOnly? date, CancellationToken cancellationToken = default)
    {
        var read = await facts.ReadAsync((await enterprises.GetQueryableAsync()).Where(e => e.Id == enterpriseId), date ?? ShanghaiTime.Today(clock), cancellationToken);
        return read.GetValueOrDefault(enterpriseId) ?? throw new EntityNotFoundException(typeof(Enterprise), enterpriseId);
    }
}
