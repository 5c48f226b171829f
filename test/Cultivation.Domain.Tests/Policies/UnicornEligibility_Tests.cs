using Cultivation.Policies;
using static Cultivation.Domain.Tests.Policies.PolicyTestFacts;

namespace Cultivation.Domain.Tests.Policies;

/// <summary>上海市重点服务独角兽（潜力）企业, 2025 call: ≤ 10 years, unlisted, qualified equity, valuation and cumulative financing, all inclusive.</summary>
public sealed class UnicornEligibility_Tests
{
    private static PolicyFacts Firm(DateOnly founded, decimal valuation, decimal cumulative, bool listed = false) => new()
    {
        FoundedOn = founded, Listed = listed,
        FinancingRounds =
        [
            new PolicyFinancingRound { Amount = cumulative - 50_000_000m, Date = new(2022, 1, 1), QualifiedInvestor = true },
            new PolicyFinancingRound { Amount = 30_000_000m, Date = new(2023, 1, 1), QualifiedInvestor = false },
            new PolicyFinancingRound { Amount = 50_000_000m, Date = new(2024, 9, 1), QualifiedInvestor = true, PostMoneyValuation = valuation }
        ],
        Confirmations = new() { [PolicyConfirmations.RegisteredInShanghai] = true, [PolicyConfirmations.MainBusinessInPriorityIndustry] = true,
            [PolicyConfirmations.ClearOfNegativeRecords] = true }
    };

    [Theory]
    [InlineData("unicorn", 7_000_000_000, 350_000_000, PolicyOutcome.Eligible)]
    [InlineData("unicorn", 6_999_999_999, 350_000_000, PolicyOutcome.NotEligible)]
    [InlineData("unicorn", 7_000_000_000, 349_999_999, PolicyOutcome.NotEligible)]
    [InlineData("potential-unicorn", 5_000_000_000, 100_000_000, PolicyOutcome.Eligible)]
    [InlineData("potential-unicorn", 4_999_999_999, 100_000_000, PolicyOutcome.NotEligible)]
    [InlineData("potential-unicorn", 5_000_000_000, 99_999_999, PolicyOutcome.NotEligible)]
    [InlineData("potential-unicorn", 6_000_000_000, 200_000_000, PolicyOutcome.Eligible)]
    [InlineData("unicorn", 6_000_000_000, 200_000_000, PolicyOutcome.NotEligible)]
    public void Should_compare_valuation_and_cumulative_qualified_financing_inclusively(string programme, long valuation, long cumulative, PolicyOutcome outcome) =>
        Evaluate(programme, "SH-2025-450", Firm(new DateOnly(2018, 1, 1), valuation, cumulative)).Outcome.ShouldBe(outcome);

    [Theory]
    [InlineData("2015-06-01", PolicyOutcome.Eligible)]
    [InlineData("2015-05-31", PolicyOutcome.NotEligible)]
    public void Should_admit_a_firm_founded_ten_years_ago_to_the_day_but_not_a_day_more(string founded, PolicyOutcome outcome) =>
        Evaluate("unicorn", "SH-2025-450", Firm(DateOnly.Parse(founded), 8_000_000_000m, 400_000_000m)).Outcome.ShouldBe(outcome);

    [Fact]
    public void Should_refuse_a_listed_firm()
    {
        var evaluation = Evaluate("unicorn", "SH-2025-450", Firm(new DateOnly(2018, 1, 1), 8_000_000_000m, 400_000_000m, listed: true));
        Criterion(evaluation, "unicorn-unlisted").Status.ShouldBe(PolicyCriterionStatus.Fail);
        evaluation.Outcome.ShouldBe(PolicyOutcome.NotEligible);
    }

    [Fact]
    public void Should_count_only_qualified_money_paid_in_up_to_the_valued_round()
    {
        var facts = Firm(new DateOnly(2018, 1, 1), 8_000_000_000m, 350_000_000m);
        facts.FinancingRounds!.Add(new PolicyFinancingRound { Amount = 500_000_000m, Date = new(2025, 3, 1), QualifiedInvestor = true });
        var criterion = Criterion(Evaluate("unicorn", "SH-2025-450", facts), "unicorn-financing");
        criterion.Value.ShouldBe(350_000_000m);
    }

    [Fact]
    public void Should_need_the_valuation_when_no_round_states_one()
    {
        var facts = Firm(new DateOnly(2018, 1, 1), 8_000_000_000m, 400_000_000m);
        facts.FinancingRounds![2].PostMoneyValuation = null;
        var evaluation = Evaluate("unicorn", "SH-2025-450", facts);
        evaluation.Outcome.ShouldBe(PolicyOutcome.NeedsEvidence);
        evaluation.MissingFacts.ShouldContain("PostMoneyValuation");
    }
}
