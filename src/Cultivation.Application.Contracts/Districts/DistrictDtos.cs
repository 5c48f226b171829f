using Cultivation.Dtos;

namespace Cultivation.Districts;

public class DistrictDto : EntityDto<Guid>
{
    public string Code { get; set; } = null!;
    public string Name { get; set; } = null!;
    public string ShortName { get; set; } = null!;
    public string EnglishName { get; set; } = null!;
    public int DisplayOrder { get; set; }
    public Guid? DefaultOfficerId { get; set; }
    public Guid? LeadUserId { get; set; }
}

public class AssignDistrictOfficersDto
{
    /// <summary>The officer new follow-up plans of the district go to (a district officer of the district).</summary>
    public Guid? DefaultOfficerId { get; set; }

    /// <summary>Told of escalations (a district officer of the district).</summary>
    public Guid? LeadUserId { get; set; }
}

public interface IDistrictAppService
{
    Task<ListResultDto<DistrictDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<DistrictDto> AssignOfficersAsync(Guid id, AssignDistrictOfficersDto input, CancellationToken cancellationToken = default);
}
