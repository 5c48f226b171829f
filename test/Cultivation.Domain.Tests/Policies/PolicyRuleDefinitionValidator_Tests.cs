using Cultivation.Exceptions;
using Cultivation.Policies;
using static Cultivation.Domain.Tests.Policies.PolicyTestFacts;

namespace Cultivation.Domain.Tests.Policies;

/// <summary>A definition is refused with the path of the field at fault, so the editor can mark it.</summary>
public sealed class PolicyRuleDefinitionValidator_Tests
{
    private static BusinessException Refused(Action<PolicyRuleDefinition> spoil, string programme = "innovative-sme", string version = "2022-63")
    {
        var definition = Rules(programme, version);
        var copy = PolicyJson.Deserialize<PolicyRuleDefinition>(PolicyJson.Serialize(definition));
        spoil(copy);
        return Should.Throw<BusinessException>(() => PolicyRuleDefinitionValidator.Validate(copy));
    }

    private static List<PolicyBand> RdBands(PolicyRuleDefinition d) => d.Scoring!.Dimensions[0].Indicators[1].Tables[0].Bands;

    [Fact]
    public void Should_refuse_a_gap_between_bands()
    {
        var e = Refused(d => RdBands(d)[2].From = 0.025m);
        (e.Code, e.Field).ShouldBe((CultivationDomainErrorCodes.PolicyBandsNotContiguous, "definition.scoring.dimensions[0].indicators[1].tables[0].bands[2].from"));
    }

    [Fact]
    public void Should_refuse_overlapping_bands() =>
        Refused(d => RdBands(d)[1].To = 0.025m).Code.ShouldBe(CultivationDomainErrorCodes.PolicyBandsNotContiguous);

    [Fact]
    public void Should_refuse_bands_that_leave_values_uncovered() =>
        Refused(d => RdBands(d)[0].From = 0m).Code.ShouldBe(CultivationDomainErrorCodes.PolicyBandsNotOpenEnded);

    [Fact]
    public void Should_refuse_points_above_the_indicator_maximum() =>
        Refused(d => RdBands(d)[4].Points = 25).Field.ShouldBe("definition.scoring.dimensions[0].indicators[1].tables[0].bands[4].points");

    [Fact]
    public void Should_refuse_an_unknown_fact_name()
    {
        var e = Refused(d => d.Requirements[0].Confirmation = "Friendly");
        (e.Code, e.Field).ShouldBe((CultivationDomainErrorCodes.PolicyUnknownConfirmation, "definition.requirements[0].confirmation"));
        var unknown = Refused(d => d.DirectRoutes[3].Measure = "Turnover");
        (unknown.Code, unknown.Field, unknown.Arguments[0]).ShouldBe((CultivationDomainErrorCodes.PolicyUnknownMeasure, "definition.directRoutes[3].measure", "Turnover"));
    }

    [Fact]
    public void Should_refuse_an_unknown_honour_or_confirmation() =>
        Refused(d => d.DirectRoutes[0].Children![0].Subject = "NobelPrize").Code.ShouldBe(CultivationDomainErrorCodes.PolicyInvalidSubject);

    [Fact]
    public void Should_refuse_a_duplicate_code() =>
        Refused(d => d.DirectRoutes[2].Code = d.DirectRoutes[1].Code).Code.ShouldBe(CultivationDomainErrorCodes.PolicyDuplicateCode);

    [Fact]
    public void Should_refuse_a_minimum_no_indicator_set_can_reach() =>
        Refused(d => d.Scoring!.Dimensions[1].Minimum = 31).Field.ShouldBe("definition.scoring.dimensions[1].minimum");

    [Fact]
    public void Should_refuse_a_comparison_without_a_threshold() =>
        Refused(d => d.DirectRoutes[3].Threshold = null).Field.ShouldBe("definition.directRoutes[3].threshold");

    [Fact]
    public void Should_refuse_an_each_year_reading_of_a_measure_that_is_not_yearly() =>
        Refused(d => (d.DirectRoutes[2].Aggregate, d.DirectRoutes[2].Years) = (PolicyYearAggregate.EachYear, 2))
            .Code.ShouldBe(CultivationDomainErrorCodes.PolicyAggregateNeedsYearlyMeasure);

    [Fact]
    public void Should_refuse_an_empty_rule_set() =>
        Should.Throw<BusinessException>(() => PolicyRuleDefinitionValidator.Validate(new PolicyRuleDefinition())).Code
            .ShouldBe(CultivationDomainErrorCodes.PolicyDefinitionEmpty);
}

public sealed class PolicyFactsValidator_Tests
{
    [Fact]
    public void Should_refuse_a_confirmation_no_rule_knows()
    {
        var e = Should.Throw<BusinessException>(() => PolicyFactsValidator.Validate(new PolicyFacts { Confirmations = new() { ["RegisteredInShangai"] = true } }));
        (e.Code, e.Field, e.Arguments[0]).ShouldBe((CultivationDomainErrorCodes.PolicyUnknownConfirmation, "facts.confirmations", "RegisteredInShangai"));
    }

    [Fact]
    public void Should_refuse_two_entries_for_one_year() =>
        Should.Throw<BusinessException>(() => PolicyFactsValidator.Validate(new PolicyFacts
        {
            Years = [new PolicyYearFigures { Year = 2024, OperatingRevenue = 1 }, new PolicyYearFigures { Year = 2024, OperatingRevenue = 2 }]
        })).Code.ShouldBe(CultivationDomainErrorCodes.PolicyDuplicateYear);

    [Fact]
    public void Should_accept_known_confirmations_and_distinct_years() =>
        Should.NotThrow(() => PolicyFactsValidator.Validate(new PolicyFacts
        {
            Confirmations = new() { [PolicyConfirmations.RegisteredInShanghai] = false },
            Years = [new PolicyYearFigures { Year = 2023 }, new PolicyYearFigures { Year = 2024 }]
        }));
}
