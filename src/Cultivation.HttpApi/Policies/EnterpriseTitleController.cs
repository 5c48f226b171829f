using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Policies;

[ApiController]
[Authorize]
[Route("api/app/enterprises/{enterpriseId:guid}")]
public sealed class EnterpriseTitleController(IEnterpriseTitleAppService titles) : ControllerBase
{
    [HttpGet("policy-titles")]
    public Task<ListResultDto<EnterpriseTitleDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        titles.GetListAsync(enterpriseId, cancellationToken);

    /// <summary>Records a title granted before the system, with its 文号 and the evidence seen.</summary>
    [HttpPost("policy-titles")]
    public Task<EnterpriseTitleDto> RecordAsync(Guid enterpriseId, RecordEnterpriseTitleDto input, CancellationToken cancellationToken) =>
        titles.RecordAsync(enterpriseId, input, cancellationToken);

    [HttpPost("policy-titles/{id:guid}/revoke")]
    public Task<EnterpriseTitleDto> RevokeAsync(Guid enterpriseId, Guid id, RevokeEnterpriseTitleDto input, CancellationToken cancellationToken) =>
        titles.RevokeAsync(enterpriseId, id, input, cancellationToken);
}
