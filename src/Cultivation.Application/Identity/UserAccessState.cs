using System.Security.Claims;
using Cultivation.Users;

namespace Cultivation.Identity;

/// <summary>What a user may do now: whether the account is active, its roles, its district or institution.</summary>
public sealed record UserAccessState(bool IsActive, IReadOnlyCollection<string> Roles, Guid? DistrictId, Guid? InstitutionId)
{
    /// <summary>
    /// True when the token's access claims (roles, district, institution) are the ones a token issued now would
    /// carry: a user disabled, demoted or moved since the token was issued is no longer described by it.
    /// </summary>
    public bool IsDescribedBy(ClaimsPrincipal principal)
    {
        if (!IsActive)
        {
            return false;
        }
        var expected = AccessTokenIssuer.AccessClaims(Roles, DistrictId, InstitutionId).Select(c => (c.Type, c.Value)).ToHashSet();
        var actual = principal.Claims.Where(c => AccessTokenIssuer.AccessClaimTypes.Contains(c.Type)).Select(c => (c.Type, c.Value)).ToHashSet();
        return expected.SetEquals(actual);
    }
}
