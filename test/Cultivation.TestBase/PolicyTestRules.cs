using Cultivation.Policies;

namespace Cultivation;

/// <summary>Rule-set inputs for tests that add versions: dates before 2022-08-01 are free in every seeded programme.</summary>
public static class PolicyTestRules
{
    /// <summary>小巨人, whose seeded versions start on 2022-08-01.</summary>
    public static Guid LittleGiantId => PolicyProgrammeDataSeedContributor.SeedId(3);

    /// <summary>A one-criterion definition: registered in Shanghai (unverified when asked, so it can be confirmed).</summary>
    public static PolicyRuleDefinition MinimalDefinition(bool unverified = false) => new()
    {
        Requirements =
        [
            new PolicyCriterionDefinition
            {
                Code = "registered", NameZh = "在上海注册", NameEn = "Registered in Shanghai", Kind = PolicyCriterionKind.Confirmation,
                Confirmation = PolicyConfirmations.RegisteredInShanghai, Source = "test", Unverified = unverified
            }
        ]
    };

    /// <summary>A one-day version on the n-th day after 1900-01-01, so that versions made this way never overlap each other or the seeded ones.</summary>
    public static CreatePolicyRuleSetDto OldVersion(int n, bool unverified = false) => new()
    {
        Version = $"T-{n}",
        EffectiveFrom = new DateOnly(1900, 1, 1).AddDays(n),
        EffectiveTo = new DateOnly(1900, 1, 1).AddDays(n),
        Definition = MinimalDefinition(unverified)
    };
}
