using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.FollowUps;

[ApiController]
[Authorize]
[Route("api/app/requests")]
public sealed class EnterpriseRequestController(IEnterpriseRequestAppService service) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<EnterpriseRequestDto>> GetListAsync([FromQuery] GetRequestListInput input, CancellationToken cancellationToken) =>
        service.GetListAsync(input, cancellationToken);

    [HttpPost("{id:guid}/start")]
    public Task<EnterpriseRequestDto> StartAsync(Guid id, UpdateRequestDto input, CancellationToken cancellationToken) => service.StartAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/assign")]
    public Task<EnterpriseRequestDto> AssignAsync(Guid id, UpdateRequestDto input, CancellationToken cancellationToken) => service.AssignAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/resolve")]
    public Task<EnterpriseRequestDto> ResolveAsync(Guid id, ResolveRequestDto input, CancellationToken cancellationToken) => service.ResolveAsync(id, input, cancellationToken);
}
