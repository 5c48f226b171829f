using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Cultivation.Users;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cultivation.Identity;

/// <summary>Signs short-lived JWT access tokens (HMAC-SHA256) that carry the user's roles and district or institution binding.</summary>
public sealed class AccessTokenIssuer(IOptions<JwtOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public static SymmetricSecurityKey CreateSigningKey(string secret)
    {
        var bytes = IsBase64(secret, out var decoded) ? decoded : Encoding.UTF8.GetBytes(secret);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException("Jwt:SigningKey must hold at least 32 bytes.");
        }
        return new SymmetricSecurityKey(bytes);
    }

    public (string Token, int ExpiresIn) Issue(AppUser user, IReadOnlyCollection<string> roles)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(CultivationClaimTypes.UserId, user.Id.ToString()),
            new(CultivationClaimTypes.UserName, user.UserName ?? string.Empty),
            new(CultivationClaimTypes.DisplayName, user.DisplayName),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N"))
        };
        claims.AddRange(AccessClaims(roles, user.DistrictId, user.InstitutionId));
        var lifetime = TimeSpan.FromMinutes(settings.AccessTokenMinutes);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(CreateSigningKey(settings.SigningKey), SecurityAlgorithms.HmacSha256)
        });
        return (token, (int)lifetime.TotalSeconds);
    }

    /// <summary>The claims that decide what the token's holder may do; checked against the user's current access on every request.</summary>
    public static readonly IReadOnlySet<string> AccessClaimTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        CultivationClaimTypes.Role, CultivationClaimTypes.DistrictId, CultivationClaimTypes.InstitutionId
    };

    /// <summary>Roles, and the district (officers) or institution (investors) the data scope reads.</summary>
    public static IEnumerable<Claim> AccessClaims(IReadOnlyCollection<string> roles, Guid? districtId, Guid? institutionId)
    {
        foreach (var role in roles)
        {
            yield return new Claim(CultivationClaimTypes.Role, role);
        }
        if (roles.Contains(CultivationRoles.DistrictOfficer))
        {
            // An officer without a district sees nothing rather than everything.
            yield return new Claim(CultivationClaimTypes.DistrictId, (districtId ?? Guid.Empty).ToString());
        }
        if (institutionId is { } institution)
        {
            yield return new Claim(CultivationClaimTypes.InstitutionId, institution.ToString());
        }
    }

    /// <summary>A random refresh token for the client and the hash that is stored instead of it.</summary>
    public static (string Token, string Hash) NewRefreshToken()
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(48));
        return (token, Hash(token));
    }

    public static string Hash(string refreshToken) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));

    private static bool IsBase64(string value, out byte[] bytes)
    {
        bytes = new byte[value.Length];
        return value.Length >= 44 && Convert.TryFromBase64String(value, bytes, out var written) && (bytes = bytes[..written]).Length >= 32;
    }
}
