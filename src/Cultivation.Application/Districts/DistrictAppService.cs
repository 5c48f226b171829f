using Cultivation.Dtos;
using Cultivation.Identity;
using Cultivation.Exceptions;
using Cultivation.Repositories;
using Cultivation.Users;
using Microsoft.AspNetCore.Identity;
using Cultivation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Riok.Mapperly.Abstractions;

namespace Cultivation.Districts;

[Authorize(CultivationPermissions.Districts.Default)]
public sealed class DistrictAppService(IDistrictRepository districts, UserManager<AppUser> users, IUnitOfWork unitOfWork, ICurrentUser currentUser)
    : IDistrictAppService
{
    public async Task<ListResultDto<DistrictDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var all = await districts.GetAllAsync(cancellationToken);
        return new ListResultDto<DistrictDto>(all.Select(DistrictMapper.ToDto).ToList());
    }

    [Authorize(CultivationPermissions.FollowUps.Default)]
    public async Task<ListResultDto<DistrictOfficerDto>> GetOfficersAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (currentUser.DistrictId is { } own && own != id)
        {
            throw new EntityNotFoundException(typeof(District), id);
        }
        await districts.GetAsync(id, cancellationToken: cancellationToken);
        var officers = await users.GetUsersInRoleAsync(CultivationRoles.DistrictOfficer);
        return new ListResultDto<DistrictOfficerDto>(officers
            .Where(u => u.DistrictId == id && u.IsActive)
            .OrderBy(u => u.DisplayName, StringComparer.Ordinal)
            .Select(u => new DistrictOfficerDto { Id = u.Id, UserName = u.UserName!, DisplayName = u.DisplayName.Length > 0 ? u.DisplayName : u.UserName! })
            .ToList());
    }

    /// <summary>Names who new follow-up plans of the district go to and who hears of escalations.</summary>
    [Authorize(CultivationPermissions.Districts.Manage)]
    public async Task<DistrictDto> AssignOfficersAsync(Guid id, AssignDistrictOfficersDto input, CancellationToken cancellationToken = default)
    {
        var district = await districts.GetAsync(id, cancellationToken: cancellationToken);
        await FollowUps.DistrictOfficers.EnsureOfficerOfAsync(users, input.DefaultOfficerId, id, "defaultOfficerId");
        await FollowUps.DistrictOfficers.EnsureOfficerOfAsync(users, input.LeadUserId, id, "leadUserId");
        district.AssignOfficers(input.DefaultOfficerId, input.LeadUserId);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return DistrictMapper.ToDto(district);
    }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DistrictMapper
{
    public static partial DistrictDto ToDto(District district);
}
