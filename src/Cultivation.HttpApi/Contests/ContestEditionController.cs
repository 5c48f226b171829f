using Cultivation.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Contests;

[ApiController]
[Authorize]
[Route("api/app/contest-editions")]
public sealed class ContestEditionController(IContestEditionAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ListResultDto<ContestEditionListItemDto>> GetListAsync(CancellationToken cancellationToken) => service.GetListAsync(cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<ContestEditionDto> GetAsync(Guid id, CancellationToken cancellationToken) => service.GetAsync(id, cancellationToken);

    [HttpPost]
    public Task<ContestEditionDto> CreateAsync(CreateUpdateContestEditionDto input, CancellationToken cancellationToken) =>
        service.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    public Task<ContestEditionDto> UpdateAsync(Guid id, CreateUpdateContestEditionDto input, CancellationToken cancellationToken) =>
        service.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken) => service.DeleteAsync(id, cancellationToken);
}
