using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Policies;

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
