using Cultivation.Policies;
using static Cultivation.Domain.Tests.Policies.PolicyTestFacts;

namespace Cultivation.Domain.Tests.Policies;

/// <summary>专精特新中小企业: 2022-63's four conditions with the score or a direct route, and 2026-2's six conditions.</summary>
public sealed class SpecialisedSmeEligibility_Tests
{
    /// <summary>Meets 2022-63's hard conditions (niche 2 years, R&amp;D 120万 = 3%, revenue 4000万) but scores low and has no direct route.</summary>
    private static PolicyFacts HardConditionsOnly() => new()
    {
        NicheMarketYears = 2,
        Years = [Year(2023, 38_000_000m, rd: 1_000_000m), Year(2024, 40_000_000m, main: 20_000_000m, rd: 1_200_000m, assets: 10_000_000m, liabilities: 9_000_000m,
            netProfit: 0m, rdStaff: 1, employees: 100)],
        IpClassIHighValue = 0, IpClassISelfDeveloped = 0, IpClassI = 0, IpClassII = 0, RdInstitutionLevel = RdInstitutionLevel.None,
        DigitalisationLevel = 1, QualityItems = 0, MainProductFieldLevel = 0, LocalSpecialtyPoints = 0,
        Honours = [], FinancingRounds = [],
        Confirmations = Confirmed()
    };

    private static PolicyEvaluation Of2022(PolicyFacts facts) => Evaluate("specialised-sme", "2022-63", facts);

    [Fact]
    public void Should_refuse_a_firm_that_meets_the_hard_conditions_but_neither_scores_60_nor_has_a_direct_route()
    {
        var evaluation = Of2022(HardConditionsOnly());
        evaluation.Requirements.ShouldAllBe(r => r.Status == PolicyCriterionStatus.Pass);
        evaluation.Score!.Status.ShouldBe(PolicyCriterionStatus.Fail);
        evaluation.Outcome.ShouldBe(PolicyOutcome.NotEligible);
    }

    public static TheoryData<string, Action<PolicyFacts>> DirectRoutes => new()
    {
        { "specialised-route-award", f => f.Honours = [new PolicyHonour { Kind = PolicyHonourKind.ProvincialScienceAward, AwardedOn = new(2023, 5, 1), Rank = 3 }] },
        { "specialised-route-award", f => f.Honours = [new PolicyHonour { Kind = PolicyHonourKind.NationalScienceAward, AwardedOn = new(2023, 5, 1), Rank = 5 }] },
        { "specialised-route-rd-average", f => (f.Years![0].RdExpense, f.Years[1].RdExpense) = (9_000_000m, 11_000_000m) },
        { "specialised-route-equity", f => f.FinancingRounds = [new PolicyFinancingRound { Amount = 60_000_000m, Date = new(2024, 1, 10), QualifiedInvestor = true }] },
        { "specialised-route-chuangke-500", f => f.Honours = [new PolicyHonour { Kind = PolicyHonourKind.ChuangkeTop500Enterprise, AwardedOn = new(2022, 6, 2) }] }
    };

    [Theory]
    [MemberData(nameof(DirectRoutes))]
    public void Should_admit_by_each_direct_route_in_place_of_the_score(string route, Action<PolicyFacts> give)
    {
        var facts = HardConditionsOnly();
        give(facts);
        var evaluation = Of2022(facts);
        evaluation.Outcome.ShouldBe(PolicyOutcome.Eligible);
        evaluation.AppliedDirectRoutes.ShouldContain(route);
        evaluation.Summary.Zh.ShouldContain("直通条件");
    }

    [Theory]
    [MemberData(nameof(DirectRoutes))]
    public void Should_not_waive_the_hard_conditions_by_a_direct_route(string route, Action<PolicyFacts> give)
    {
        var facts = HardConditionsOnly();
        give(facts);
        facts.NicheMarketYears = 1;
        var evaluation = Of2022(facts);
        evaluation.AppliedDirectRoutes.ShouldContain(route);
        Criterion(evaluation, "specialised-niche-years").Status.ShouldBe(PolicyCriterionStatus.Fail);
        evaluation.Outcome.ShouldBe(PolicyOutcome.NotEligible);
    }

    public static TheoryData<string, Action<PolicyFacts>> RoutesJustMissed => new()
    {
        { "provincial award ranked 4th", f => f.Honours = [new PolicyHonour { Kind = PolicyHonourKind.ProvincialScienceAward, AwardedOn = new(2023, 5, 1), Rank = 4 }] },
        { "national award ranked 6th", f => f.Honours = [new PolicyHonour { Kind = PolicyHonourKind.NationalScienceAward, AwardedOn = new(2023, 5, 1), Rank = 6 }] },
        { "award over 3 years ago", f => f.Honours = [new PolicyHonour { Kind = PolicyHonourKind.ProvincialScienceAward, AwardedOn = new(2022, 6, 1), Rank = 1 }] },
        { "R&D average 999.99万", f => (f.Years![0].RdExpense, f.Years[1].RdExpense) = (9_999_900m, 10_000_000m) },
        { "equity from a non-qualified investor", f => f.FinancingRounds = [new PolicyFinancingRound { Amount = 90_000_000m, Date = new(2024, 1, 10) }] },
        { "equity over 2 years ago", f => f.FinancingRounds = [new PolicyFinancingRound { Amount = 90_000_000m, Date = new(2023, 6, 1), QualifiedInvestor = true }] },
        { "500强 over 3 years ago", f => f.Honours = [new PolicyHonour { Kind = PolicyHonourKind.ChuangkeTop500Enterprise, AwardedOn = new(2022, 6, 1) }] }
    };

    [Theory]
    [MemberData(nameof(RoutesJustMissed))]
    public void Should_not_admit_by_a_route_just_missed(string why, Action<PolicyFacts> give)
    {
        var facts = HardConditionsOnly();
        give(facts);
        var evaluation = Of2022(facts);
        evaluation.AppliedDirectRoutes.ShouldBeEmpty(why);
        evaluation.Outcome.ShouldBe(PolicyOutcome.NotEligible, why);
    }

    [Theory]
    [InlineData(10_000_000, 0, PolicyCriterionStatus.Pass)]
    [InlineData(9_999_999, 0, PolicyCriterionStatus.Fail)]
    [InlineData(5_000_000, 20_000_000, PolicyCriterionStatus.Pass)]
    [InlineData(5_000_000, 19_999_999, PolicyCriterionStatus.Fail)]
    public void Should_accept_revenue_or_equity_raised_within_two_years(int revenue, int equity, PolicyCriterionStatus expected)
    {
        var facts = HardConditionsOnly();
        facts.Years![1].OperatingRevenue = revenue;
        facts.Years[1].RdExpense = revenue * 0.05m + 1_000_000m;
        facts.FinancingRounds = [new PolicyFinancingRound { Amount = equity, Date = new(2023, 6, 2), QualifiedInvestor = true }];
        Criterion(Of2022(facts), "specialised-revenue-or-equity").Status.ShouldBe(expected);
    }

    [Fact]
    public void Should_pass_revenue_or_equity_on_equity_while_revenue_is_not_known()
    {
        var facts = HardConditionsOnly();
        facts.Years![1].OperatingRevenue = null;
        facts.FinancingRounds = [new PolicyFinancingRound { Amount = 20_000_000m, Date = new(2024, 3, 1), QualifiedInvestor = true }];
        Criterion(Of2022(facts), "specialised-revenue-or-equity").Status.ShouldBe(PolicyCriterionStatus.Pass);
    }

    /// <summary>Meets every 2026-2 condition on 2026-06-01 (last year 2025).</summary>
    private static PolicyFacts Meets2026() => new()
    {
        NicheMarketYears = 3,
        Titles = [new PolicyTitleHeld { ProgrammeCode = "innovative-sme", GrantedOn = new(2025, 3, 1), ValidUntil = new(2028, 2, 29) }],
        Years =
        [
            Year(2024, 30_000_000m, main: 25_000_000m, rd: 1_000_000m),
            Year(2025, 40_000_000m, main: 32_000_000m, rd: 1_200_000m, assets: 50_000_000m, liabilities: 40_000_000m)
        ],
        FinancingRounds = [], IpClassI = 1, DevelopmentEvaluationScore = 50,
        Confirmations = Confirmed(PolicyConfirmations.IpAppliedInMainProduct, PolicyConfirmations.NicheShareAmongLeaders)
    };

    private static PolicyEvaluation Of2026(PolicyFacts facts) => Evaluate("specialised-sme", "2026-2", facts, new DateOnly(2026, 6, 1));

    [Fact]
    public void Should_admit_under_2026_when_all_six_conditions_hold_at_their_edges() =>
        Of2026(Meets2026()).Outcome.ShouldBe(PolicyOutcome.Eligible);

    [Fact]
    public void Should_require_the_rd_share_in_each_of_the_last_two_years_and_name_the_year_that_fails()
    {
        var facts = Meets2026();
        facts.Years![0].RdExpense = 899_000m; // 2024: 2.997 % and below 100万
        var evaluation = Of2026(facts);
        evaluation.Outcome.ShouldBe(PolicyOutcome.NotEligible);
        var intensity = Criterion(evaluation, "specialised26-rd-intensity");
        intensity.Status.ShouldBe(PolicyCriterionStatus.Fail);
        intensity.Explanation!.Zh.ShouldStartWith("2024年研发费用占比3%");
        Criterion(evaluation, "specialised26-rd-amount").Explanation!.Zh.ShouldBe("2024年研发费用89.9万元，需≥100万元，差10.1万元");
    }

    [Fact]
    public void Should_waive_the_ip_condition_for_a_provincial_award_ranked_in_the_top_three()
    {
        var facts = Meets2026();
        facts.IpClassI = 0;
        Of2026(facts).Outcome.ShouldBe(PolicyOutcome.NeedsEvidence, "the exemption is not known yet");
        (facts.Honours, facts.RdInstitutionLevel) = ([], RdInstitutionLevel.Municipal);
        Of2026(facts).Outcome.ShouldBe(PolicyOutcome.NotEligible);
        facts.Honours = [new PolicyHonour { Kind = PolicyHonourKind.ProvincialScienceAward, AwardedOn = new(2024, 12, 1), Rank = 2 }];
        var evaluation = Of2026(facts);
        Criterion(evaluation, "specialised26-ip").WaivedBy.ShouldBe("specialised26-ip-exemption");
        evaluation.Outcome.ShouldBe(PolicyOutcome.Eligible);
    }

    [Fact]
    public void Should_have_no_direct_route_under_2026_not_even_the_chuangke_500()
    {
        var facts = Meets2026();
        facts.DevelopmentEvaluationScore = 49.9m;
        facts.Honours = [new PolicyHonour { Kind = PolicyHonourKind.ChuangkeTop500Enterprise, AwardedOn = new(2025, 9, 1) }];
        var evaluation = Of2026(facts);
        evaluation.Outcome.ShouldBe(PolicyOutcome.NotEligible);
        evaluation.AppliedDirectRoutes.ShouldBeEmpty();
    }

    [Fact]
    public void Should_need_the_innovative_title_valid_on_the_assessment_date()
    {
        var facts = Meets2026();
        facts.Titles![0].ValidUntil = new DateOnly(2026, 5, 31);
        Criterion(Of2026(facts), "specialised26-innovative-title").Status.ShouldBe(PolicyCriterionStatus.Fail);
    }

    [Fact]
    public void Should_ask_for_evidence_naming_what_to_collect_when_facts_are_missing()
    {
        var evaluation = Of2026(new PolicyFacts());
        evaluation.Outcome.ShouldBe(PolicyOutcome.NeedsEvidence);
        evaluation.MissingFacts.ShouldContain("OperatingRevenue(2025)");
        evaluation.MissingFacts.ShouldContain("RdExpense(2024)");
        evaluation.MissingFacts.ShouldContain("Confirmations.NicheShareAmongLeaders");
        evaluation.MissingFacts.ShouldContain("DevelopmentEvaluationScore");
        evaluation.Summary.Zh.ShouldStartWith("需补充：");
    }

    [Fact]
    public void Should_refuse_rather_than_ask_for_evidence_when_a_known_condition_already_fails()
    {
        var evaluation = Of2026(new PolicyFacts { DevelopmentEvaluationScore = 40 });
        evaluation.Outcome.ShouldBe(PolicyOutcome.NotEligible);
        evaluation.MissingFacts.ShouldBeEmpty();
    }
}
