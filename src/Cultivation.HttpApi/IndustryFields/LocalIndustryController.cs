using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.IndustryFields;

[ApiController]
[Authorize]
[Route("api/app/local-industries")]
public sealed class LocalIndustryController(ILocalIndustryAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ListResultDto<LocalIndustryDto>> GetListAsync([FromQuery] GetIndustryFieldListInput input, CancellationToken cancellationToken) =>
        service.GetListAsync(input, cancellationToken);

    [HttpPost]
    public Task<LocalIndustryDto> CreateAsync(CreateLocalIndustryDto input, CancellationToken cancellationToken) =>
        service.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    public Task<LocalIndustryDto> UpdateAsync(Guid id, UpdateLocalIndustryDto input, CancellationToken cancellationToken) =>
        service.UpdateAsync(id, input, cancellationToken);
}
