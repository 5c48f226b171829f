using Cultivation.Dtos;
using Cultivation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Riok.Mapperly.Abstractions;

namespace Cultivation.Districts;

[Authorize(CultivationPermissions.Districts.Default)]
public sealed class DistrictAppService(IDistrictRepository districts) : IDistrictAppService
{
    public async Task<ListResultDto<DistrictDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var all = await districts.GetAllAsync(cancellationToken);
        return new ListResultDto<DistrictDto>(all.Select(DistrictMapper.ToDto).ToList());
    }
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DistrictMapper
{
    public static partial DistrictDto ToDto(District district);
}
