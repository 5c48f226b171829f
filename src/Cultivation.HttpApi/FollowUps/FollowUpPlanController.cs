using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.FollowUps;

[ApiController]
[Authorize]
[Route("api/app/follow-ups")]
public sealed class FollowUpPlanController(IFollowUpPlanAppService service) : ControllerBase
{
    /// <summary>The worklist: overdue first, then by due date.</summary>
    [HttpGet]
    public Task<PagedResultDto<FollowUpPlanDto>> GetWorklistAsync([FromQuery] GetWorklistInput input, CancellationToken cancellationToken) =>
        service.GetWorklistAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<FollowUpPlanDto> GetAsync(Guid id, CancellationToken cancellationToken) => service.GetAsync(id, cancellationToken);

    [HttpPost("{id:guid}/assign")]
    public Task<FollowUpPlanDto> AssignAsync(Guid id, AssignPlanDto input, CancellationToken cancellationToken) => service.AssignAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/pause")]
    public Task<FollowUpPlanDto> PauseAsync(Guid id, ChangePlanStatusDto input, CancellationToken cancellationToken) => service.PauseAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/resume")]
    public Task<FollowUpPlanDto> ResumeAsync(Guid id, ChangePlanStatusDto input, CancellationToken cancellationToken) => service.ResumeAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/close")]
    public Task<FollowUpPlanDto> CloseAsync(Guid id, ChangePlanStatusDto input, CancellationToken cancellationToken) => service.CloseAsync(id, input, cancellationToken);
}

[ApiController]
[Authorize]
[Route("api/app/enterprises/{enterpriseId:guid}")]
public sealed class EnterpriseFollowUpController(
    IFollowUpPlanAppService plans,
    IServiceRecordAppService services,
    IEnterpriseTimelineAppService timeline) : ControllerBase
{
    [HttpGet("follow-ups")]
    [AppServiceMethod(typeof(IFollowUpPlanAppService), nameof(IFollowUpPlanAppService.GetOfEnterpriseAsync))]
    public Task<ListResultDto<FollowUpPlanDto>> GetPlansAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        plans.GetOfEnterpriseAsync(enterpriseId, cancellationToken);

    [HttpGet("services")]
    [AppServiceMethod(typeof(IServiceRecordAppService), nameof(IServiceRecordAppService.GetListAsync))]
    public Task<ListResultDto<ServiceRecordDto>> GetServicesAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        services.GetListAsync(enterpriseId, cancellationToken);

    /// <summary>Logs a contact; the enterprise's plans move to their next due dates.</summary>
    [HttpPost("services")]
    [AppServiceMethod(typeof(IServiceRecordAppService), nameof(IServiceRecordAppService.LogAsync))]
    public Task<LogServiceResultDto> LogServiceAsync(Guid enterpriseId, LogServiceDto input, CancellationToken cancellationToken) =>
        services.LogAsync(enterpriseId, input, cancellationToken);

    [HttpGet("timeline")]
    [AppServiceMethod(typeof(IEnterpriseTimelineAppService), nameof(IEnterpriseTimelineAppService.GetAsync))]
    public Task<List<TimelineEntryDto>> GetTimelineAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        timeline.GetAsync(enterpriseId, cancellationToken);
}
