using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Enterprises;

[ApiController]
[Authorize]
[Route("api/app/enterprises/{enterpriseId:guid}/contacts")]
public sealed class EnterpriseContactController(IEnterpriseContactAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ListResultDto<EnterpriseContactDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        service.GetListAsync(enterpriseId, cancellationToken);

    [HttpPost]
    public Task<EnterpriseContactDto> CreateAsync(Guid enterpriseId, CreateUpdateEnterpriseContactDto input, CancellationToken cancellationToken) =>
        service.CreateAsync(enterpriseId, input, cancellationToken);

    [HttpPut("{id:guid}")]
    public Task<EnterpriseContactDto> UpdateAsync(Guid enterpriseId, Guid id, CreateUpdateEnterpriseContactDto input, CancellationToken cancellationToken) =>
        service.UpdateAsync(enterpriseId, id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    public Task DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken) => service.DeleteAsync(enterpriseId, id, cancellationToken);
}
