using Cultivation.Dtos;

namespace Cultivation.Matchmaking;

/// <summary>An introduction as a list shows it; the enterprise's contact is never part of it.</summary>
public class IntroductionDto : EntityDto<Guid>
{
    public Guid EnterpriseId { get; set; }
    public string EnterpriseName { get; set; } = null!;
    public Guid DistrictId { get; set; }
    public Guid? ProfileId { get; set; }
    public string? ProfileHeadline { get; set; }
    public Guid InstitutionId { get; set; }
    public string InstitutionName { get; set; } = null!;
    public IntroductionOrigin Origin { get; set; }
    public IntroductionStatus Status { get; set; }
    public string? Message { get; set; }
    public DateTime RequestedTime { get; set; }
}

public class GetIntroductionListInput : PagedResultRequestDto
{
    public IntroductionStatus? Status { get; set; }
    public Guid? EnterpriseId { get; set; }
}

public interface IIntroductionAppService
{
    Task<PagedResultDto<IntroductionDto>> GetListAsync(GetIntroductionListInput input, CancellationToken cancellationToken = default);
}
