using Cultivation.Identity;
using Cultivation.Users;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Cultivation.Security;

/// <summary>
/// A signed, unexpired token is not enough: its user must still exist, be active and hold the access the token
/// claims (roles, district, institution). Otherwise the request is unauthenticated (401) and the client signs in
/// again — a disabled, deleted, demoted or moved user loses access with the next request, not when the token
/// expires. The user's state comes from <see cref="UserAccessStateCache"/>, so the data scope, the permission
/// checks and <c>/me</c> all see the same, current access.
/// </summary>
public static class CurrentAccessValidation
{
    public static async Task ValidateAsync(TokenValidatedContext context)
    {
        if (context.Principal is not { } principal
            || !Guid.TryParse(principal.FindFirst(CultivationClaimTypes.UserId)?.Value, out var userId))
        {
            context.Fail("The token names no user.");
            return;
        }
        var state = await context.HttpContext.RequestServices.GetRequiredService<UserAccessStateCache>()
            .GetAsync(userId, context.HttpContext.RequestAborted);
        if (state is null || !state.IsDescribedBy(principal))
        {
            context.Fail("The token no longer matches the user's access.");
        }
    }
}
