using Cultivation.Authorization;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Identity;

/// <summary>What the signed-in user may do, for the UI's menu and route guards.</summary>
[Authorize]
public sealed class PermissionAppService(IPermissionChecker checker, ICurrentPrincipalAccessor principal) : IPermissionAppService
{
    public async Task<GrantedPermissionsDto> GetGrantedAsync(CancellationToken cancellationToken = default) =>
        new() { Granted = (await checker.GetGrantedAsync(principal.Principal!)).Order().ToList() };
}
