using Cultivation.Dtos;
using Cultivation.Identity;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Identity;
using Cultivation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Riok.Mapperly.Abstractions;

namespace Cultivation.Districts;

[Authorize(CultivationPermissions.Districts.Default)]
public sealed class DistrictAppService(IDistrictRepository districts, UserManager<AppUser> users, IUnitOfWork unitOfWork) : IDistrictAppService
{
    public async Task<ListResultDto<DistrictDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var all = await districts.GetAllAsync(cancellationToken);
        return new ListResultDto<DistrictDto>(all.Select(DistrictMapper.ToDto).ToList());
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
