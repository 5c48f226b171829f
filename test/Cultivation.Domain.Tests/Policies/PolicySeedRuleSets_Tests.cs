using Cultivation.Policies;

namespace Cultivation.Domain.Tests.Policies;

public sealed class PolicySeedRuleSets_Tests
{
    [Fact]
    public void Should_ship_a_valid_rule_set_for_every_seeded_programme()
    {
        foreach (var seed in PolicySeedRuleSet.All)
        {
            Should.NotThrow(() => PolicyRuleDefinitionValidator.Validate(seed.Definition), $"{seed.ProgrammeCode} {seed.Version}");
        }
        PolicyProgrammeDataSeedContributor.Catalogue.Select(p => p.Code)
            .ShouldBe(PolicySeedRuleSet.All.Select(s => s.ProgrammeCode).Distinct(), ignoreOrder: true);
    }

    [Theory]
    [InlineData("innovative-sme", "2022-63")]
    [InlineData("specialised-sme", "2022-63")]
    [InlineData("specialised-sme", "2026-2")]
    [InlineData("little-giant", "2022-63")]
    [InlineData("little-giant", "2026-2")]
    [InlineData("unicorn", "SH-2025-450")]
    [InlineData("potential-unicorn", "SH-2025-450")]
    public void Should_ship_the_versions_the_reference_names(string programme, string version) =>
        PolicySeedRuleSet.All.ShouldContain(s => s.ProgrammeCode == programme && s.Version == version);
}
