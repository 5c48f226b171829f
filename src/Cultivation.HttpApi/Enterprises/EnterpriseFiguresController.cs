using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Enterprises;

[ApiController]
[Authorize]
[Route("api/app/enterprises/{enterpriseId:guid}/figures")]
public sealed class EnterpriseFiguresController(IEnterpriseFiguresAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ListResultDto<EnterpriseFiguresDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        service.GetListAsync(enterpriseId, cancellationToken);

    [HttpPut("{year:int}")]
    public Task<EnterpriseFiguresDto> SetAsync(Guid enterpriseId, int year, UpdateEnterpriseFiguresDto input, CancellationToken cancellationToken) =>
        service.SetAsync(enterpriseId, year, input, cancellationToken);

    [HttpDelete("{year:int}")]
    public Task DeleteAsync(Guid enterpriseId, int year, CancellationToken cancellationToken) => service.DeleteAsync(enterpriseId, year, cancellationToken);
}
