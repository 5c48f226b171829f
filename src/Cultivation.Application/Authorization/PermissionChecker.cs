using System.Security.Claims;
using Cultivation.Identity;
using Cultivation.Users;
using Microsoft.Extensions.Caching.Memory;

namespace Cultivation.Authorization;

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(ClaimsPrincipal principal, string permission);

    Task<IReadOnlySet<string>> GetGrantedAsync(ClaimsPrincipal principal);
}

/// <summary>
/// A user holds the permissions granted to any of their roles or to them directly. Grants are cached per
/// role and per user for a minute; changing grants clears this node's cache at once (other nodes follow
/// within the minute).
/// </summary>
public sealed class PermissionChecker(IPermissionGrantRepository grants, IMemoryCache cache) : IPermissionChecker
{
    private static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(1);

    public async Task<bool> IsGrantedAsync(ClaimsPrincipal principal, string permission) =>
        (await GetGrantedAsync(principal)).Contains(permission);

    public async Task<IReadOnlySet<string>> GetGrantedAsync(ClaimsPrincipal principal)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return result;
        }
        foreach (var role in principal.FindAll(CultivationClaimTypes.Role).Select(c => c.Value).Distinct())
        {
            result.UnionWith(await GetCachedAsync(PermissionGrant.RoleProvider, role));
        }
        if (principal.FindFirst(CultivationClaimTypes.UserId)?.Value is { } userId)
        {
            result.UnionWith(await GetCachedAsync(PermissionGrant.UserProvider, userId));
        }
        return result;
    }

    public static void Invalidate(IMemoryCache cache, string providerName, string providerKey) =>
        cache.Remove(CacheKey(providerName, providerKey));

    private async Task<IReadOnlyCollection<string>> GetCachedAsync(string providerName, string providerKey) =>
        (await cache.GetOrCreateAsync(CacheKey(providerName, providerKey), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheDuration;
            return (IReadOnlyCollection<string>)await grants.GetGrantedNamesAsync(providerName, [providerKey]);
        }))!;

    private static string CacheKey(string providerName, string providerKey) => $"permission-grants:{providerName}:{providerKey}";
}
