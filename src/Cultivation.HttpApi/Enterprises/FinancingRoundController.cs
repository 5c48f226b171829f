using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Enterprises;

[ApiController]
[Authorize]
[Route("api/app/enterprises/{enterpriseId:guid}/financing-rounds")]
public sealed class FinancingRoundController(IFinancingRoundAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ListResultDto<FinancingRoundDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        service.GetListAsync(enterpriseId, cancellationToken);

    [HttpPost]
    public Task<FinancingRoundDto> CreateAsync(Guid enterpriseId, CreateUpdateFinancingRoundDto input, CancellationToken cancellationToken) =>
        service.CreateAsync(enterpriseId, input, cancellationToken);

    [HttpPut("{id:guid}")]
    public Task<FinancingRoundDto> UpdateAsync(Guid enterpriseId, Guid id, CreateUpdateFinancingRoundDto input, CancellationToken cancellationToken) =>
        service.UpdateAsync(enterpriseId, id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    public Task DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken) => service.DeleteAsync(enterpriseId, id, cancellationToken);
}
