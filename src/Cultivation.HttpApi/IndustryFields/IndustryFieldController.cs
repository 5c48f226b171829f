using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.IndustryFields;

[ApiController]
[Authorize]
[Route("api/app/industry-fields")]
public sealed class IndustryFieldController(IIndustryFieldAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ListResultDto<IndustryFieldDto>> GetListAsync([FromQuery] GetIndustryFieldListInput input, CancellationToken cancellationToken) =>
        service.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<IndustryFieldDto> GetAsync(Guid id, CancellationToken cancellationToken) => service.GetAsync(id, cancellationToken);

    [HttpPost]
    public Task<IndustryFieldDto> CreateAsync(CreateIndustryFieldDto input, CancellationToken cancellationToken) =>
        service.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    public Task<IndustryFieldDto> UpdateAsync(Guid id, UpdateIndustryFieldDto input, CancellationToken cancellationToken) =>
        service.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken) => service.DeleteAsync(id, cancellationToken);
}
