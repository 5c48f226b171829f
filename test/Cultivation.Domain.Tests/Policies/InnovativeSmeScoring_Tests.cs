using Cultivation.Policies;
using static Cultivation.Domain.Tests.Policies.PolicyTestFacts;

namespace Cultivation.Domain.Tests.Policies;

/// <summary>创新型中小企业 2022-63 (63号 附件1): every indicator at its band edges; the boundary value takes the higher band.</summary>
public sealed class InnovativeSmeScoring_Tests
{
    private const decimal Revenue = 10_000_000m;

    private static PolicyEvaluation Score(PolicyFacts facts) => Evaluate("innovative-sme", "2022-63", facts);

    [Theory]
    [InlineData(0.0099, 0)]
    [InlineData(0.01, 5)]
    [InlineData(0.0199, 5)]
    [InlineData(0.02, 10)]
    [InlineData(0.03, 15)]
    [InlineData(0.0499, 15)]
    [InlineData(0.05, 20)]
    public void Should_score_rd_intensity_by_band(double intensity, int points) =>
        Indicator(Score(new PolicyFacts { Years = [Year(2024, Revenue, rd: Revenue * (decimal)intensity)] }), "innovative-rd-intensity").Points.ShouldBe(points);

    [Theory]
    [InlineData(-0.0001, 0)]
    [InlineData(0, 5)]
    [InlineData(0.05, 10)]
    [InlineData(0.0999, 10)]
    [InlineData(0.10, 15)]
    [InlineData(0.15, 20)]
    public void Should_score_main_business_growth_by_band(double growth, int points) =>
        Indicator(Score(new PolicyFacts { Years = [Year(2023, Revenue, main: Revenue), Year(2024, Revenue * 2, main: Revenue * (1 + (decimal)growth))] }),
            "innovative-main-growth").Points.ShouldBe(points);

    [Theory]
    [InlineData(0.55, 10)]
    [InlineData(0.5501, 5)]
    [InlineData(0.75, 5)]
    [InlineData(0.7501, 0)]
    public void Should_score_debt_ratio_by_band_lower_is_better(double ratio, int points) =>
        Indicator(Score(new PolicyFacts { Years = [Year(2024, Revenue, assets: 100_000_000m, liabilities: 100_000_000m * (decimal)ratio)] }), "innovative-debt")
            .Points.ShouldBe(points);

    [Theory]
    [InlineData(0.4999, 0)]
    [InlineData(0.50, 5)]
    [InlineData(0.55, 10)]
    [InlineData(0.60, 15)]
    [InlineData(0.6999, 15)]
    [InlineData(0.70, 20)]
    public void Should_score_main_business_share_by_band(double share, int points) =>
        Indicator(Score(new PolicyFacts { Years = [Year(2024, Revenue, main: Revenue * (decimal)share)] }), "innovative-main-share").Points.ShouldBe(points);

    [Theory]
    [InlineData(1, 1, 1, 1, 20)]
    [InlineData(0, 1, 1, 1, 15)]
    [InlineData(0, 0, 1, 1, 10)]
    [InlineData(0, 0, 0, 1, 5)]
    [InlineData(0, 0, 0, 0, 0)]
    public void Should_score_the_highest_ip_class_held(int highValue, int selfDeveloped, int classI, int classII, int points) =>
        Indicator(Score(new PolicyFacts { IpClassIHighValue = highValue, IpClassISelfDeveloped = selfDeveloped, IpClassI = classI, IpClassII = classII }),
            "innovative-ip").Points.ShouldBe(points);

    [Fact]
    public void Should_not_need_the_lower_ip_classes_once_a_higher_one_is_held()
    {
        var indicator = Indicator(Score(new PolicyFacts { IpClassIHighValue = 1 }), "innovative-ip");
        (indicator.Status, indicator.Points).ShouldBe((PolicyCriterionStatus.Pass, 20m));
    }

    [Theory]
    [InlineData(true, 10)]
    [InlineData(false, 5)]
    public void Should_score_the_field_of_the_main_product(bool strategicEmerging, int points) =>
        Indicator(Score(new PolicyFacts { Confirmations = new() { [PolicyConfirmations.MainProductStrategicEmerging] = strategicEmerging } }), "innovative-field")
            .Points.ShouldBe(points);

    /// <summary>A firm whose indicators come to the given points (IP, R&amp;D share, growth, debt, field, main share) and that has no direct route.</summary>
    private static PolicyFacts Firm(int ipLevel, decimal rdIntensity, decimal growth, decimal debt, bool strategic, decimal share) => new()
    {
        Honours = [], FinancingRounds = [], RdInstitutionLevel = RdInstitutionLevel.Municipal,
        IpClassIHighValue = ipLevel >= 4 ? 1 : 0, IpClassISelfDeveloped = ipLevel >= 3 ? 1 : 0, IpClassI = ipLevel >= 2 ? 1 : 0, IpClassII = ipLevel >= 1 ? 1 : 0,
        // Amounts chosen so that the ratios come out exact: share and growth are what the figures say, to the last digit.
        Years =
        [
            Year(2023, Revenue, main: Revenue * share),
            Year(2024, Revenue * (1 + growth), main: Revenue * share * (1 + growth), rd: Revenue * (1 + growth) * rdIntensity,
                assets: 1_000_000m, liabilities: 1_000_000m * debt)
        ],
        Confirmations = new(Confirmed()) { [PolicyConfirmations.MainProductStrategicEmerging] = strategic }
    };

    [Fact]
    public void Should_pass_at_exactly_60_with_every_dimension_at_its_minimum_or_above()
    {
        // 创新能力 10 + 10 = 20, 成长性 10 + 10 = 20, 专业化 5 + 15 = 20.
        var evaluation = Score(Firm(ipLevel: 2, rdIntensity: 0.02m, growth: 0.05m, debt: 0.55m, strategic: false, share: 0.60m));
        evaluation.Score!.Points.ShouldBe(60);
        evaluation.Outcome.ShouldBe(PolicyOutcome.Eligible);
    }

    [Fact]
    public void Should_fail_below_60_even_when_every_dimension_reaches_its_minimum()
    {
        // 创新能力 10 + 10 = 20, 成长性 10 + 5 = 15, 专业化 5 + 10 = 15: 50.
        var evaluation = Score(Firm(ipLevel: 2, rdIntensity: 0.02m, growth: 0.05m, debt: 0.60m, strategic: false, share: 0.55m));
        evaluation.Score!.Dimensions.ShouldAllBe(d => d.Status == PolicyCriterionStatus.Pass);
        evaluation.Score.Points.ShouldBe(50);
        evaluation.Outcome.ShouldBe(PolicyOutcome.NotEligible);
    }

    [Theory]
    [InlineData("innovative-innovation", 1, 0.02, 0.15, 0.5, true, 0.70)]      // IP Ⅱ类 5 + R&D 10 = 15 < 20; total 75
    [InlineData("innovative-growth", 4, 0.05, -0.01, 0.60, true, 0.70)]        // growth 0 + debt 5 = 5 < 15; total 75
    [InlineData("innovative-specialisation", 4, 0.05, 0.15, 0.5, false, 0.50)] // field 5 + share 5 = 10 < 15; total 80
    public void Should_fail_a_dimension_below_its_minimum_whatever_the_total(string dimension, int ipLevel, double rd, double growth, double debt, bool strategic,
        double share)
    {
        var evaluation = Score(Firm(ipLevel, (decimal)rd, (decimal)growth, (decimal)debt, strategic, (decimal)share));
        Dimension(evaluation, dimension).Status.ShouldBe(PolicyCriterionStatus.Fail);
        evaluation.Score!.Points.ShouldBeGreaterThanOrEqualTo(60);
        evaluation.Outcome.ShouldBe(PolicyOutcome.NotEligible);
    }
}
