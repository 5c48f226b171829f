using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;

namespace Cultivation.FollowUps;

public class EnterpriseRequestDto : EntityDto<Guid>
{
    public Guid EnterpriseId { get; set; }
    public string? EnterpriseName { get; set; }
    public Guid DistrictId { get; set; }
    public Guid? ServiceRecordId { get; set; }
    public string Description { get; set; } = null!;
    public ServiceCategory Category { get; set; }
    public RequestStatus Status { get; set; }
    public Guid? OwnerId { get; set; }
    public string? OwnerName { get; set; }
    public DateOnly RaisedOn { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public string? Resolution { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class GetRequestListInput : PagedAndSortedResultRequestDto
{
    public Guid? EnterpriseId { get; set; }
    public Guid? DistrictId { get; set; }
    public RequestStatus? Status { get; set; }
    /// <summary>Only requests the caller owns.</summary>
    public bool Mine { get; set; }
    /// <summary>Open or in progress (not resolved).</summary>
    public bool Unresolved { get; set; }
}

public class UpdateRequestDto
{
    public Guid? OwnerId { get; set; }
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class ResolveRequestDto
{
    [Required]
    [StringLength(FollowUpConsts.MaxOutcomeLength)]
    public string Resolution { get; set; } = null!;

    [Required]
    public DateOnly? ResolvedOn { get; set; }

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]

    public string? ConcurrencyStamp { get; set; }
}

public interface IEnterpriseRequestAppService
{
    Task<PagedResultDto<EnterpriseRequestDto>> GetListAsync(GetRequestListInput input, CancellationToken cancellationToken = default);

    Task<EnterpriseRequestDto> StartAsync(Guid id, UpdateRequestDto input, CancellationToken cancellationToken = default);

    Task<EnterpriseRequestDto> AssignAsync(Guid id, UpdateRequestDto input, CancellationToken cancellationToken = default);

    Task<EnterpriseRequestDto> ResolveAsync(Guid id, ResolveRequestDto input, CancellationToken cancellationToken = default);
}
