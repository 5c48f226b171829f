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

/// <summary>Someone a district's follow-up plans and requests can be assigned to.</summary>
public class DistrictOfficerDto : EntityDto<Guid>
{
    public string UserName { get; set; } = null!;
    public string DisplayName { get; set; } = null!;
}

public interface IDistrictAppService
{
    Task<ListResultDto<DistrictDto>> GetListAsync(CancellationToken cancellationToken = default);

    /// <summary>The district's active district officers; an officer may ask for their own district only.</summary>
    Task<ListResultDto<DistrictOfficerDto>> GetOfficersAsync(Guid id, CancellationToken cancellationToken = default);

    Task<DistrictDto> AssignOfficersAsync(Guid id, AssignDistrictOfficersDto input, CancellationToken cancellationToken = default);
}
