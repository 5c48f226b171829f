using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Policies;

[ApiController]
[Authorize]
[Route("api/app/enterprises/{enterpriseId:guid}")]
public sealed class EnterpriseTitleController(IEnterpriseTitleAppService titles, IPolicyFactsAppService facts) : ControllerBase
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

    /// <summary>The facts the rules read from the enterprise's records on the date (today when left out): the calculator's prefill.</summary>
    [HttpGet("policy-facts")]
    public Task<PolicyFacts> GetFactsAsync(Guid enterpriseId, [FromQuery] DateOnly? date, CancellationToken cancellationToken) =>
        facts.GetAsync(enterpriseId, date, cancellationToken);
}

[ApiController]
[Authorize]
[Route("api/app/policy-titles")]
public sealed class PolicyTitleController(IEnterpriseTitleAppService titles) : ControllerBase
{
    /// <summary>The city's titles (a district officer's: the district's), by programme, status and due within N days.</summary>
    [HttpGet]
    public Task<PagedResultDto<EnterpriseTitleListItemDto>> GetListAsync([FromQuery] GetEnterpriseTitleListInput input, CancellationToken cancellationToken) =>
        titles.GetAllAsync(input, cancellationToken);
}
