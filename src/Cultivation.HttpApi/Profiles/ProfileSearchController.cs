using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Profiles;

[ApiController]
[Authorize]
[Route("api/app/profile-search")]
public sealed class ProfileSearchController(IProfileSearchAppService service) : ControllerBase
{
    [HttpGet]
    public Task<ProfileSearchResultDto> SearchAsync([FromQuery] ProfileSearchInput input, CancellationToken cancellationToken) =>
        service.SearchAsync(input, cancellationToken);
}
