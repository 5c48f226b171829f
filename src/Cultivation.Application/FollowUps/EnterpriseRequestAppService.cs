using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Entities;
using Cultivation.Identity;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Cultivation.FollowUps;

[Authorize(CultivationPermissions.FollowUps.Default)]
public sealed class EnterpriseRequestAppService(
    IEnterpriseRequestRepository requests,
    IEnterpriseRepository enterprises,
    UserManager<AppUser> users,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser) : IEnterpriseRequestAppService
{
    public async Task<PagedResultDto<EnterpriseRequestDto>> GetListAsync(GetRequestListInput input, CancellationToken cancellationToken = default)
    {
        var query = await requests.GetQueryableAsync();
        if (input.EnterpriseId is { } enterpriseId)
        {
            query = query.Where(r => r.EnterpriseId == enterpriseId);
        }
        if (input.DistrictId is { } districtId)
        {
            query = query.Where(r => r.DistrictId == districtId);
        }
        if (input.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        if (input.Unresolved)
        {
            query = query.Where(r => r.Status != RequestStatus.Resolved);
        }
        if (input.Mine)
        {
            var me = currentUser.Id;
            query = query.Where(r => r.OwnerId == me);
        }
        var total = await executer.CountAsync(query, cancellationToken);
        var rows = await executer.ToListAsync(
            from r in query.OrderBy(r => r.Status == RequestStatus.Resolved).ThenBy(r => r.RaisedOn).ThenBy(r => r.Id).Skip(input.SkipCount).Take(input.MaxResultCount)
            join e in await enterprises.GetQueryableAsync() on r.EnterpriseId equals e.Id
            join u in users.Users on r.OwnerId equals u.Id into owners
            from u in owners.DefaultIfEmpty()
            select new { Request = r, EnterpriseName = e.Name, OwnerName = u == null ? null : u.DisplayName }, cancellationToken);
        return new PagedResultDto<EnterpriseRequestDto>(total, rows.Select(row =>
        {
            var dto = ToDto(row.Request);
            dto.EnterpriseName = row.EnterpriseName;
            dto.OwnerName = row.OwnerName;
            return dto;
        }).ToList());
    }

    [Authorize(CultivationPermissions.FollowUps.Services)]
    public Task<EnterpriseRequestDto> StartAsync(Guid id, UpdateRequestDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, input.OwnerId, (request, owner) => request.StartWork(owner), cancellationToken);

    [Authorize(CultivationPermissions.FollowUps.Services)]
    public Task<EnterpriseRequestDto> AssignAsync(Guid id, UpdateRequestDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, input.OwnerId, (request, owner) => request.AssignTo(owner), cancellationToken);

    [Authorize(CultivationPermissions.FollowUps.Services)]
    public Task<EnterpriseRequestDto> ResolveAsync(Guid id, ResolveRequestDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input.ConcurrencyStamp, null, (request, _) => request.Resolve(input.Resolution, input.ResolvedOn!.Value), cancellationToken);

    private async Task<EnterpriseRequestDto> ChangeAsync(Guid id, string? stamp, Guid? ownerId, Action<EnterpriseRequest, Guid?> change, CancellationToken cancellationToken)
    {
        var request = await requests.GetAsync(id, cancellationToken: cancellationToken);
        request.ExpectConcurrencyStamp(stamp);
        await DistrictOfficers.EnsureOfficerOfAsync(users, ownerId, request.DistrictId, "ownerId");
        change(request, ownerId);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(request);
    }

    internal static EnterpriseRequestDto ToDto(EnterpriseRequest r) => new()
    {
        Id = r.Id, EnterpriseId = r.EnterpriseId, DistrictId = r.DistrictId, ServiceRecordId = r.ServiceRecordId, Description = r.Description,
        Category = r.Category, Status = r.Status, OwnerId = r.OwnerId, RaisedOn = r.RaisedOn, ResolvedOn = r.ResolvedOn,
        Resolution = r.Resolution, ConcurrencyStamp = r.ConcurrencyStamp
    };
}
