using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Profiles;

[ApiController]
[Authorize]
[Route("api/app/profiles")]
public sealed class PublishedProfileController(IPublishedProfileAppService service) : ControllerBase
{
    [HttpGet("{id:guid}")]
    public Task<PublishedProfileDto> GetAsync(Guid id, CancellationToken cancellationToken) => service.GetAsync(id, cancellationToken);

    [HttpPost("{id:guid}/interest")]
    public Task<ExpressInterestResultDto> ExpressInterestAsync(Guid id, ExpressInterestDto input, CancellationToken cancellationToken) =>
        service.ExpressInterestAsync(id, input, cancellationToken);
}
