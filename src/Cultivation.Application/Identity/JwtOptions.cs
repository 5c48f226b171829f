namespace Cultivation.Identity;

/// <summary>Configuration section "Jwt". Every host node must share the same signing key.</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = "cultivation";

    public string Audience { get; set; } = "cultivation";

    /// <summary>At least 32 bytes of secret (base64 or plain text); never written into the repository.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public int AccessTokenMinutes { get; set; } = 15;

    public int RefreshTokenDays { get; set; } = 7;
}
