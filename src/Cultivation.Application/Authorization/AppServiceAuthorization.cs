using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Authorization;

/// <summary>An application service as registered: the interface callers use and the class that carries the [Authorize] attributes.</summary>
public sealed record AppServiceDescriptor(Type ServiceType, Type ImplementationType);

/// <summary>
/// The one reading of an application service's [Authorize] attributes, used by the proxy around every call and
/// by the HTTP pipeline before model binding (so a caller without the permission learns nothing about the input).
/// </summary>
public static class AppServiceAuthorization
{
    private static readonly ConcurrentDictionary<(Type, MethodInfo), AuthorizeAttribute[]> PoliciesByMethod = new();

    /// <summary>The implementation's class-level and method-level [Authorize]; [AllowAnonymous] on the method clears them.</summary>
    public static AuthorizeAttribute[] PoliciesOf(Type implementation, MethodInfo interfaceMethod) =>
        PoliciesByMethod.GetOrAdd((implementation, interfaceMethod), key => FindPolicies(key.Item1, key.Item2));

    /// <summary>Passes when every policy does; otherwise throws <see cref="CultivationAuthorizationException"/> (401 or 403).</summary>
    public static async Task AuthorizeAsync(IAuthorizationService authorization, ClaimsPrincipal? principal, AuthorizeAttribute[] policies)
    {
        if (policies.Length == 0)
        {
            return;
        }
        principal ??= new ClaimsPrincipal(new ClaimsIdentity());
        var isAuthenticated = principal.Identity?.IsAuthenticated == true;
        foreach (var policy in policies)
        {
            if (policy.Policy is null)
            {
                if (!isAuthenticated)
                {
                    throw new CultivationAuthorizationException("Authentication is required.", false);
                }
                continue;
            }
            var result = await authorization.AuthorizeAsync(principal, policy.Policy);
            if (!result.Succeeded)
            {
                throw new CultivationAuthorizationException($"Permission {policy.Policy} is required.", isAuthenticated);
            }
        }
    }

    private static AuthorizeAttribute[] FindPolicies(Type implementation, MethodInfo interfaceMethod)
    {
        var map = implementation.GetInterfaceMap(interfaceMethod.DeclaringType!);
        var index = Array.IndexOf(map.InterfaceMethods, interfaceMethod);
        var target = map.TargetMethods[index];
        if (target.IsDefined(typeof(AllowAnonymousAttribute), true))
        {
            return [];
        }
        return implementation.GetCustomAttributes<AuthorizeAttribute>(true)
            .Concat(target.GetCustomAttributes<AuthorizeAttribute>(true))
            .ToArray();
    }
}
