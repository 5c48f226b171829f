using Cultivation.Dtos;

namespace Cultivation.Districts;

public class DistrictDto : EntityDto<Guid>
{
    public string Code { get; set; } = null!;
    public string Name { get; set; } = null!;
    public string ShortName { get; set; } = null!;
    public string EnglishName { get; set; } = null!;
    public int DisplayOrder { get; set; }
}

public interface IDistrictAppService
{
    Task<ListResultDto<DistrictDto>> GetListAsync(CancellationToken cancellationToken = default);
}
