namespace Cultivation.Identity;

/// <summary>Configuration section "Identity:Seed".</summary>
public sealed class IdentitySeedOptions
{
    public const string SectionName = "Identity:Seed";

    public string AdminUserName { get; set; } = "admin";

    /// <summary>The first administrator's password; when empty, one is generated and printed once.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>The password of the demo users (documented in the README); used only when demo data is seeded.</summary>
    public string DemoPassword { get; set; } = "Demo@2024";
}
