using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Identity;

[ApiController]
[Authorize]
[Route("api/app/permissions")]
public sealed class PermissionController(IPermissionAppService service) : ControllerBase
{
    [HttpGet("granted")]
    public Task<GrantedPermissionsDto> GetGrantedAsync(CancellationToken cancellationToken) => service.GetGrantedAsync(cancellationToken);
}
