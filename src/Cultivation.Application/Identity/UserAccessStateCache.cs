using Cultivation.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace Cultivation.Identity;

/// <summary>
/// Every authenticated request checks its token against the user's current access (see
/// <see cref="UserAccessState"/>), read from the database at most every <see cref="CacheDuration"/> per user.
/// A change made through user administration evicts the entry on this node at once; other nodes follow
/// within the cache duration.
/// </summary>
public sealed class UserAccessStateCache(UserManager<AppUser> users, IUserRoleLookup roleLookup, IAsyncQueryableExecuter executer, IMemoryCache cache)
{
    public static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(30);

    /// <summary>The user's access now, or null when the user no longer exists.</summary>
    public async Task<UserAccessState?> GetAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(CacheKey(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheDuration;
            var user = await executer.FirstOrDefaultAsync(users.Users.Where(u => u.Id == userId)
                .Select(u => new { u.IsActive, u.DistrictId, u.InstitutionId }), cancellationToken);
            if (user is null)
            {
                return null;
            }
            var roles = await roleLookup.GetRoleNamesAsync([userId], cancellationToken);
            return new UserAccessState(user.IsActive, roles.GetValueOrDefault(userId) ?? [], user.DistrictId, user.InstitutionId);
        });

    public static void Evict(IMemoryCache cache, Guid userId) => cache.Remove(CacheKey(userId));

    private static string CacheKey(Guid userId) => $"user-access:{userId:N}";
}
