using Cultivation.Data;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Entities;
using Cultivation.Permissions;
using Cultivation.Profiles;
using Cultivation.Repositories;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Matchmaking;

/// <summary>
/// Introductions (对接) newest first: an officer sees its district's (the query filter), an investor its own
/// institution's across districts, municipal staff all of them.
/// </summary>
[Authorize(CultivationPermissions.Introductions.Default)]
public sealed class IntroductionAppService(
    IIntroductionRepository introductions,
    IEnterpriseRepository enterprises,
    IProjectProfileRepository profiles,
    IInvestorRepository institutions,
    IDataFilter dataFilter,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser) : IIntroductionAppService
{
    public async Task<PagedResultDto<IntroductionDto>> GetListAsync(GetIntroductionListInput input, CancellationToken cancellationToken = default)
    {
        var institutionId = currentUser.InstitutionId;
        using var _ = institutionId is null ? null : dataFilter.Disable<IDistrictScoped>();
        var query = (await introductions.GetQueryableAsync())
            .Where(i => institutionId == null || i.InstitutionId == institutionId)
            .Where(i => input.Status == null || i.Status == input.Status)
            .Where(i => input.EnterpriseId == null || i.EnterpriseId == input.EnterpriseId);
        var total = await executer.CountAsync(query, cancellationToken);
        var page = from i in query.OrderByDescending(i => i.RequestedTime).ThenBy(i => i.Id).Skip(input.SkipCount).Take(input.MaxResultCount)
            join e in await enterprises.GetQueryableAsync() on i.EnterpriseId equals e.Id
            join n in await institutions.GetQueryableAsync() on i.InstitutionId equals n.Id
            join p in await profiles.GetQueryableAsync() on i.ProfileId equals p.Id into withProfile
            from p in withProfile.DefaultIfEmpty()
            select new { i, EnterpriseName = e.Name, InstitutionName = n.Name, Profile = p };
        var rows = await executer.ToListAsync(page, cancellationToken);
        return new PagedResultDto<IntroductionDto>(total, rows.Select(r => new IntroductionDto
        {
            Id = r.i.Id, EnterpriseId = r.i.EnterpriseId, EnterpriseName = r.EnterpriseName, DistrictId = r.i.DistrictId,
            ProfileId = r.i.ProfileId, ProfileHeadline = r.Profile == null ? null : r.Profile.Content.Headline,
            InstitutionId = r.i.InstitutionId, InstitutionName = r.InstitutionName, Origin = r.i.Origin, Status = r.i.Status,
            Message = r.i.Message, RequestedTime = r.i.RequestedTime
        }).ToList());
    }
}
