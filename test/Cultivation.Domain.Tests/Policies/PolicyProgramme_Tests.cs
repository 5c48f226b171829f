using Cultivation.Exceptions;
using Cultivation.Policies;
using static Cultivation.Domain.Tests.Policies.PolicyTestFacts;

namespace Cultivation.Domain.Tests.Policies;

/// <summary>Versions of one programme: picked by date, never overlapping, validated on save; confirmations recorded in the document.</summary>
public sealed class PolicyProgramme_Tests
{
    private static PolicyProgramme Seeded(string code)
    {
        var (_, name, englishName, kind, level) = PolicyProgrammeDataSeedContributor.Catalogue.Single(p => p.Code == code);
        var programme = new PolicyProgramme(Guid.CreateVersion7(), code, name, englishName, kind, level);
        foreach (var seed in PolicySeedRuleSet.All.Where(s => s.ProgrammeCode == code))
        {
            programme.AddRuleSet(Guid.CreateVersion7(), seed.Version, seed.EffectiveFrom, seed.EffectiveTo, seed.Definition);
        }
        return programme;
    }

    [Theory]
    [InlineData("specialised-sme", "2022-08-01", "2022-63")]
    [InlineData("specialised-sme", "2026-03-31", "2022-63")]
    [InlineData("specialised-sme", "2026-04-01", "2026-2")]
    [InlineData("little-giant", "2026-03-31", "2022-63")]
    [InlineData("little-giant", "2026-04-01", "2026-2")]
    [InlineData("innovative-sme", "2026-04-01", "2022-63")]
    public void Should_pick_the_version_in_force_on_the_date(string programme, string date, string version) =>
        Seeded(programme).RuleSetOn(DateOnly.Parse(date))!.Version.ShouldBe(version);

    [Fact]
    public void Should_have_no_version_before_the_first_one() =>
        Seeded("specialised-sme").RuleSetOn(new DateOnly(2022, 7, 31)).ShouldBeNull();

    [Theory]
    [InlineData("2026-03-31", null)]
    [InlineData("2020-01-01", "2022-08-01")]
    [InlineData("2027-01-01", "2027-12-31")]
    public void Should_refuse_a_version_that_overlaps_another(string from, string? to)
    {
        var programme = Seeded("specialised-sme");
        var e = Should.Throw<BusinessException>(() => programme.AddRuleSet(Guid.CreateVersion7(), "X", DateOnly.Parse(from),
            to is null ? null : DateOnly.Parse(to), Rules("specialised-sme", "2026-2")));
        (e.Code, e.Field).ShouldBe((CultivationDomainErrorCodes.PolicyRuleSetVersionsOverlap, "effectiveFrom"));
    }

    [Fact]
    public void Should_accept_a_new_version_once_the_open_one_is_given_an_end()
    {
        var programme = Seeded("specialised-sme");
        var current = programme.RuleSets.Single(r => r.Version == "2026-2");
        programme.ReviseRuleSet(current, current.EffectiveFrom, new DateOnly(2027, 12, 31), current.ReadDefinition());
        programme.AddRuleSet(Guid.CreateVersion7(), "2028-1", new DateOnly(2028, 1, 1), null, Rules("specialised-sme", "2026-2"));
        programme.RuleSetOn(new DateOnly(2028, 1, 1))!.Version.ShouldBe("2028-1");
    }

    [Fact]
    public void Should_refuse_an_end_before_the_start() =>
        Should.Throw<BusinessException>(() => Seeded("unicorn").AddRuleSet(Guid.CreateVersion7(), "old", new DateOnly(2020, 5, 1), new DateOnly(2020, 4, 30),
            Rules("unicorn", "SH-2025-450"))).Code.ShouldBe(CultivationDomainErrorCodes.PolicyEffectiveRangeInvalid);

    [Fact]
    public void Should_confirm_an_unverified_criterion_and_record_the_day()
    {
        var programme = Seeded("little-giant");
        var ruleSet = programme.RuleSets.Single(r => r.Version == "2026-2");
        programme.ConfirmCriterion(ruleSet, "giant26-ip", new DateOnly(2026, 12, 3));
        var criterion = PolicyDefinitionWalk.Criteria(ruleSet.ReadDefinition()).Single(c => c.Code == "giant26-ip");
        (criterion.Unverified, criterion.ConfirmedOn).ShouldBe((false, new DateOnly(2026, 12, 3)));
        Should.Throw<BusinessException>(() => programme.ConfirmCriterion(ruleSet, "giant26-ip", new DateOnly(2026, 12, 3)))
            .Code.ShouldBe(CultivationDomainErrorCodes.PolicyCriterionNotUnverified);
        Should.Throw<BusinessException>(() => programme.ConfirmCriterion(ruleSet, "no-such", new DateOnly(2026, 12, 3)))
            .Code.ShouldBe(CultivationDomainErrorCodes.PolicyCriterionNotFound);
    }
}
