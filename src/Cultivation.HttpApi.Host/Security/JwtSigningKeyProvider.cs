using System.Security.Cryptography;
using Cultivation.Identity;

namespace Cultivation.Security;

/// <summary>
/// The embedded profile needs no configuration: when no Jwt:SigningKey is set, a random key is generated
/// once into the data folder and reused. Production (several nodes) must configure a shared key.
/// </summary>
public static class JwtSigningKeyProvider
{
    public static string Resolve(IConfiguration configuration, string dataFolder, bool isEmbedded)
    {
        var configured = configuration[$"{JwtOptions.SectionName}:SigningKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        if (!isEmbedded)
        {
            throw new InvalidOperationException("Jwt:SigningKey must be configured (at least 32 random bytes, base64) when Database:Provider is not Sqlite.");
        }
        var path = Path.Combine(dataFolder, "jwt-signing.key");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        return File.ReadAllText(path).Trim();
    }
}
