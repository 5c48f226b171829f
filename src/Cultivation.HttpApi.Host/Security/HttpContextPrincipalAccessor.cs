using System.Security.Claims;
using Cultivation.Users;

namespace Cultivation.Security;

/// <summary>The request's user, unless code has set another principal for a block (jobs, seeding).</summary>
public sealed class HttpContextPrincipalAccessor(IHttpContextAccessor httpContextAccessor) : CurrentPrincipalAccessor
{
    protected override ClaimsPrincipal? FallbackPrincipal => httpContextAccessor.HttpContext?.User;
}
