using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cultivation.Identity;

[ApiController]
[Authorize]
[Route("api/app/roles")]
public sealed class RoleController(IRoleAppService service) : ControllerBase
{
    [HttpGet]
    public Task<List<RoleDto>> GetListAsync(CancellationToken cancellationToken) => service.GetListAsync(cancellationToken);

    [HttpGet("{roleName}/permissions")]
    public Task<RolePermissionsDto> GetPermissionsAsync(string roleName, CancellationToken cancellationToken) =>
        service.GetPermissionsAsync(roleName, cancellationToken);

    [HttpPut("{roleName}/permissions")]
    public Task<RolePermissionsDto> UpdatePermissionsAsync(string roleName, UpdateRolePermissionsDto input, CancellationToken cancellationToken) =>
        service.UpdatePermissionsAsync(roleName, input, cancellationToken);
}
