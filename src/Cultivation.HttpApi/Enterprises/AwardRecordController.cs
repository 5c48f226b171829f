using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Enterprises;

[ApiController]
[Authorize]
[Route("api/app/enterprises/{enterpriseId:guid}/awards")]
public sealed class AwardRecordController(IAwardRecordAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ListResultDto<AwardRecordDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        service.GetListAsync(enterpriseId, cancellationToken);

    [HttpPost]
    public Task<AwardRecordDto> CreateAsync(Guid enterpriseId, CreateUpdateAwardRecordDto input, CancellationToken cancellationToken) =>
        service.CreateAsync(enterpriseId, input, cancellationToken);

    [HttpPut("{id:guid}")]
    public Task<AwardRecordDto> UpdateAsync(Guid enterpriseId, Guid id, CreateUpdateAwardRecordDto input, CancellationToken cancellationToken) =>
        service.UpdateAsync(enterpriseId, id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    public Task DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken) => service.DeleteAsync(enterpriseId, id, cancellationToken);
}
