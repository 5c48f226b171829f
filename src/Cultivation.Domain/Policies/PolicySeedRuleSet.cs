using System.Reflection;

namespace Cultivation.Policies;

/// <summary>A rule set shipped with the product: one embedded JSON document per version (Policies/Seed/&lt;programme&gt;.&lt;version&gt;.json).</summary>
public sealed class PolicySeedRuleSet
{
    private const string ResourcePrefix = "Cultivation.Policies.Seed.";

    public string ProgrammeCode { get; set; } = null!;

    public string Version { get; set; } = null!;

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    public PolicyRuleDefinition Definition { get; set; } = null!;

    public static IReadOnlyList<PolicySeedRuleSet> All { get; } = Load();

    private static List<PolicySeedRuleSet> Load()
    {
        var assembly = typeof(PolicySeedRuleSet).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Read(assembly, n))
            .OrderBy(s => s.ProgrammeCode, StringComparer.Ordinal).ThenBy(s => s.EffectiveFrom)
            .ToList();
    }

    private static PolicySeedRuleSet Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return PolicyJson.Deserialize<PolicySeedRuleSet>(reader.ReadToEnd());
    }
}
