using Cultivation.Auditing;
using Cultivation.Entities;

namespace Cultivation.Identity;

/// <summary>
/// A refresh token, stored only as a hash. Each use replaces it with a new one (rotation); presenting a
/// token that was already replaced revokes its whole family, since it must have been stolen.
/// </summary>
[DisableAuditing]
public class RefreshToken : Entity<Guid>
{
    public Guid UserId { get; private set; }
    public string TokenHash { get; private set; } = null!;
    public Guid FamilyId { get; private set; }
    public DateTime CreationTime { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public Guid? ReplacedById { get; private set; }

    private RefreshToken()
    {
    }

    public RefreshToken(Guid id, Guid userId, string tokenHash, Guid familyId, DateTime now, DateTime expiresAt) : base(id)
    {
        UserId = userId;
        TokenHash = tokenHash;
        FamilyId = familyId;
        CreationTime = now;
        ExpiresAt = expiresAt;
    }

    public bool IsActive(DateTime now) => RevokedAt is null && ReplacedById is null && ExpiresAt > now;

    public void ReplaceWith(RefreshToken next, DateTime now)
    {
        ReplacedById = next.Id;
        RevokedAt = now;
    }

    public void Revoke(DateTime now) => RevokedAt ??= now;
}

public interface IRefreshTokenRepository
{
    Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken = default);

    Task InsertAsync(RefreshToken token, CancellationToken cancellationToken = default);

    /// <summary>Revokes every active token of the family (reuse detected) or of the user (password changed, disabled).</summary>
    Task RevokeFamilyAsync(Guid familyId, DateTime now, CancellationToken cancellationToken = default);

    Task RevokeAllOfUserAsync(Guid userId, DateTime now, CancellationToken cancellationToken = default);
}
