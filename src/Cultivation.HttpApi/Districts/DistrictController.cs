using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Districts;

[ApiController]
[Authorize]
[Route("api/app/districts")]
public sealed class DistrictController(IDistrictAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ListResultDto<DistrictDto>> GetListAsync(CancellationToken cancellationToken) => service.GetListAsync(cancellationToken);

    [HttpGet("{id:guid}/officers")]
    public Task<ListResultDto<DistrictOfficerDto>> GetOfficersAsync(Guid id, CancellationToken cancellationToken) => service.GetOfficersAsync(id, cancellationToken);

    [HttpPut("{id:guid}/officers")]
    public Task<DistrictDto> AssignOfficersAsync(Guid id, AssignDistrictOfficersDto input, CancellationToken cancellationToken) =>
        service.AssignOfficersAsync(id, input, cancellationToken);
}
