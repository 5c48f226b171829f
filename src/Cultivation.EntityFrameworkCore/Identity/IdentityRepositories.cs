using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Identity;

public sealed class EfCorePermissionGrantRepository(CultivationDbContext dbContext) : IPermissionGrantRepository
{
    public Task<List<string>> GetGrantedNamesAsync(string providerName, IReadOnlyCollection<string> providerKeys, CancellationToken cancellationToken = default) =>
        dbContext.PermissionGrants
            .Where(g => g.ProviderName == providerName && providerKeys.Contains(g.ProviderKey))
            .Select(g => g.Name)
            .Distinct()
            .ToListAsync(cancellationToken);

    public async Task ReplaceAsync(string providerName, string providerKey, IReadOnlyCollection<string> names, CancellationToken cancellationToken = default)
    {
        var existing = await dbContext.PermissionGrants
            .Where(g => g.ProviderName == providerName && g.ProviderKey == providerKey)
            .ToListAsync(cancellationToken);
        dbContext.PermissionGrants.RemoveRange(existing.Where(g => !names.Contains(g.Name)));
        var kept = existing.Select(g => g.Name).ToHashSet();
        dbContext.PermissionGrants.AddRange(names.Where(n => !kept.Contains(n))
            .Select(n => new PermissionGrant(Guid.CreateVersion7(), n, providerName, providerKey)));
    }
}

public sealed class EfCoreRefreshTokenRepository(CultivationDbContext dbContext) : IRefreshTokenRepository
{
    public Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        dbContext.RefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);

    public async Task InsertAsync(RefreshToken token, CancellationToken cancellationToken = default) =>
        await dbContext.RefreshTokens.AddAsync(token, cancellationToken);

    public Task RevokeFamilyAsync(Guid familyId, DateTime now, CancellationToken cancellationToken = default) =>
        dbContext.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);

    public Task RevokeAllOfUserAsync(Guid userId, DateTime now, CancellationToken cancellationToken = default) =>
        dbContext.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
}
