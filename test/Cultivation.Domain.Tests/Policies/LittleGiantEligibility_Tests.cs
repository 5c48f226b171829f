using Cultivation.Policies;
using static Cultivation.Domain.Tests.Policies.PolicyTestFacts;

namespace Cultivation.Domain.Tests.Policies;

/// <summary>小巨人 2022-63: 专、精、特、新 (R&amp;D by revenue band, or 创新直通), 链, 品; and the 2026-2 version marked unverified.</summary>
public sealed class LittleGiantEligibility_Tests
{
    /// <summary>Revenue 8000万 (the 5000万–1亿 band) with R&amp;D at 6 % in 2023 and 2024; everything else met.</summary>
    private static PolicyFacts Meets2022() => new()
    {
        NicheMarketYears = 3, NicheMarketShare = 0.10m, IpClassI = 2,
        Titles = [new PolicyTitleHeld { ProgrammeCode = "specialised-sme", GrantedOn = new(2023, 3, 1), ValidUntil = new(2026, 2, 28) }],
        Years =
        [
            Year(2022, 70_000_000m, main: 50_000_000m),
            Year(2023, 75_000_000m, main: 52_500_000m, rd: 4_500_000m),
            Year(2024, 80_000_000m, main: 56_000_000m, rd: 4_800_000m, assets: 100_000_000m, liabilities: 70_000_000m)
        ],
        Honours = [], FinancingRounds = [],
        Confirmations = Confirmed(PolicyConfirmations.GovernanceStandardised, PolicyConfirmations.CoreBusinessOnInformationSystem,
            PolicyConfirmations.HoldsManagementCertificate, PolicyConfirmations.OwnsCompetitiveBrand, PolicyConfirmations.HasOwnRdInstitution,
            PolicyConfirmations.IpAppliedInMainProduct, PolicyConfirmations.KeyChainLink, PolicyConfirmations.MainProductInKeyField)
    };

    private static PolicyEvaluation Of2022(PolicyFacts facts) => Evaluate("little-giant", "2022-63", facts);

    [Fact]
    public void Should_admit_a_firm_meeting_every_group_at_its_edges()
    {
        var evaluation = Of2022(Meets2022());
        evaluation.Outcome.ShouldBe(PolicyOutcome.Eligible);
        evaluation.UsesUnverifiedCriteria.ShouldBeTrue("链 and the 专精特新 precondition are not backed by a primary text");
    }

    [Fact]
    public void Should_explain_a_missed_rd_share_with_the_amount_that_would_close_it()
    {
        var facts = Meets2022();
        facts.Years![2].RdExpense = 4_056_000m; // 5.07 % of 8000万
        var evaluation = Of2022(facts);
        evaluation.Outcome.ShouldBe(PolicyOutcome.NotEligible);
        var explanation = Criterion(evaluation, "giant-rd-band-middle-intensity").Explanation!;
        explanation.Zh.ShouldBe("2024年研发费用占比5.07%，需≥6%，差0.93个百分点，约74.4万元研发费用");
        explanation.En.ShouldBe("R&D expense / revenue (2024) 5.07%, needs ≥ 6%, short by 0.93 percentage points, about CNY 744,000 of R&D expense");
        evaluation.NearMisses.ShouldContain(explanation);
        PolicyNearMiss.IsNearMiss(evaluation).ShouldBeTrue("the R&D share is the only gap, and a near one");
    }

    [Fact]
    public void Should_not_call_it_a_near_miss_when_another_condition_fails_by_far()
    {
        var facts = Meets2022();
        facts.Years![2].RdExpense = 4_056_000m; // near: 5.07 % of 6 %
        facts.NicheMarketYears = 1;             // far: 1 of 3 years
        var evaluation = Of2022(facts);

        evaluation.Outcome.ShouldBe(PolicyOutcome.NotEligible);
        evaluation.NearMisses.ShouldNotBeEmpty();
        PolicyNearMiss.IsNearMiss(evaluation).ShouldBeFalse();
    }

    [Fact]
    public void Should_not_call_a_confirmed_no_a_near_miss()
    {
        var facts = Meets2022();
        facts.Years![2].RdExpense = 4_056_000m;
        facts.Confirmations![PolicyConfirmations.GovernanceStandardised] = false;

        PolicyNearMiss.IsNearMiss(Of2022(facts)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(100_000_000, 0.03, true)]
    [InlineData(100_000_000, 0.0299, false)]
    [InlineData(99_999_999, 0.03, false)]
    [InlineData(50_000_000, 0.06, true)]
    [InlineData(50_000_000, 0.0599, false)]
    public void Should_apply_the_rd_share_of_the_revenue_band(int revenue, double share, bool meets)
    {
        var facts = Meets2022();
        facts.Years![1].RdExpense = facts.Years[1].OperatingRevenue * (decimal)share;
        facts.Years[2].OperatingRevenue = revenue;
        facts.Years[2].MainBusinessRevenue = revenue * 0.7m;
        facts.Years[2].RdExpense = revenue * (decimal)share;
        facts.Years[1].OperatingRevenue = revenue;
        facts.Years[1].RdExpense = revenue * (decimal)share;
        Criterion(Of2022(facts), "giant-rd-by-revenue").Status.ShouldBe(meets ? PolicyCriterionStatus.Pass : PolicyCriterionStatus.Fail);
    }

    [Fact]
    public void Should_apply_the_small_band_rule_below_5000万_on_two_year_totals()
    {
        var facts = Meets2022();
        facts.Years![1] = Year(2023, 40_000_000m, main: 30_000_000m, rd: 15_000_000m, rdStaff: 50, employees: 100);
        facts.Years[2] = Year(2024, 49_999_999m, main: 35_000_000m, rd: 15_000_000m, assets: 100m, liabilities: 70m, rdStaff: 50, employees: 100);
        facts.FinancingRounds = [new PolicyFinancingRound { Amount = 80_000_000m, Date = new(2024, 2, 1), QualifiedInvestor = true }];
        Criterion(Of2022(facts), "giant-rd-band-small").Status.ShouldBe(PolicyCriterionStatus.Pass);
        facts.Years[1].RdExpense = 14_999_999m;
        Criterion(Of2022(facts), "giant-rd-band-small").Status.ShouldBe(PolicyCriterionStatus.Fail);
    }

    [Theory]
    [InlineData(PolicyHonourKind.ChuangkeTop50Enterprise, null, "giant-direct-chuangke-50")]
    [InlineData(PolicyHonourKind.NationalScienceAward, 3, "giant-direct-national-award")]
    public void Should_meet_the_innovation_group_by_a_direct_route_but_nothing_else(PolicyHonourKind kind, int? rank, string route)
    {
        var facts = Meets2022();
        facts.IpClassI = 0; // the general route fails
        facts.Honours = [new PolicyHonour { Kind = kind, AwardedOn = new(2023, 10, 1), Rank = rank }];
        var evaluation = Of2022(facts);
        Criterion(evaluation, "giant-innovation").Status.ShouldBe(PolicyCriterionStatus.Pass);
        evaluation.AppliedDirectRoutes.ShouldBe([route]);
        evaluation.Outcome.ShouldBe(PolicyOutcome.Eligible);

        facts.NicheMarketShare = 0.0999m;
        Of2022(facts).Outcome.ShouldBe(PolicyOutcome.NotEligible, "创新直通 does not waive 特色化");
    }

    [Fact]
    public void Should_need_the_specialised_title_valid_on_the_date()
    {
        var facts = Meets2022();
        Criterion(Evaluate("little-giant", "2022-63", facts, new DateOnly(2026, 2, 28)), "giant-specialised-title").Status.ShouldBe(PolicyCriterionStatus.Pass);
        Criterion(Evaluate("little-giant", "2022-63", facts, new DateOnly(2026, 3, 1)), "giant-specialised-title").Status.ShouldBe(PolicyCriterionStatus.Fail);
    }

    [Fact]
    public void Should_require_two_year_average_main_business_growth_of_five_percent()
    {
        var facts = Meets2022();
        // 2023: +5 %, 2024: +6.67 % → average 5.83 %.
        Criterion(Of2022(facts), "giant-main-growth").Status.ShouldBe(PolicyCriterionStatus.Pass);
        facts.Years![2].MainBusinessRevenue = 54_600_000m; // 2024: +4 % → average 4.5 %
        Criterion(Of2022(facts), "giant-main-growth").Status.ShouldBe(PolicyCriterionStatus.Fail);
    }

    [Fact]
    public void Should_mark_every_2026_criterion_unverified()
    {
        var definition = Rules("little-giant", "2026-2");
        PolicyDefinitionWalk.Criteria(definition).Where(c => !c.Code.StartsWith("giant26-", StringComparison.Ordinal)).ShouldNotBeEmpty();
        PolicyDefinitionWalk.Criteria(definition).Where(c => c.Code.StartsWith("giant26-", StringComparison.Ordinal)).ShouldAllBe(c => c.Unverified);
        Evaluate("little-giant", "2026-2", new PolicyFacts(), new DateOnly(2026, 6, 1)).UsesUnverifiedCriteria.ShouldBeTrue();
    }

    [Theory]
    [InlineData(6_000_000, 6_000_000, true)]
    [InlineData(6_000_000, 5_999_999, false)]
    public void Should_total_rd_over_two_years_under_2026(int rd2024, int rd2025, bool meets)
    {
        var facts = new PolicyFacts { Years = [Year(2024, 100_000_000m, rd: rd2024), Year(2025, 100_000_000m, rd: rd2025)] };
        Criterion(Evaluate("little-giant", "2026-2", facts, new DateOnly(2026, 6, 1)), "giant26-rd-total").Status
            .ShouldBe(meets ? PolicyCriterionStatus.Pass : PolicyCriterionStatus.Fail);
    }
}
