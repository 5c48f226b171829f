using Cultivation.Policies;
using static Cultivation.Domain.Tests.Policies.PolicyTestFacts;

namespace Cultivation.Domain.Tests.Policies;

/// <summary>专精特新中小企业 2022-63 scoring table (四类十三个指标), each indicator at its band edges.</summary>
public sealed class SpecialisedSmeScoring_Tests
{
    private const decimal Revenue = 100_000_000m;

    private static PolicyFacts Ratio(Func<decimal, PolicyYearFigures> year) => new() { Years = [year(Revenue)] };

    public static TheoryData<string, PolicyFacts, decimal> Edges => new()
    {
        { "specialised-main-share", Ratio(r => Year(2024, r, main: r * 0.5999m)), 0 },
        { "specialised-main-share", Ratio(r => Year(2024, r, main: r * 0.60m)), 1 },
        { "specialised-main-share", Ratio(r => Year(2024, r, main: r * 0.70m)), 3 },
        { "specialised-main-share", Ratio(r => Year(2024, r, main: r * 0.80m)), 5 },
        { "specialised-main-growth", Growth(-0.01m, -0.01m), 0 },
        { "specialised-main-growth", Growth(0m, 0m), 2 },
        { "specialised-main-growth", Growth(0.04m, 0.04m), 4 },
        { "specialised-main-growth", Growth(0.05m, 0.07m), 6 },
        { "specialised-main-growth", Growth(0.08m, 0.08m), 8 },
        { "specialised-main-growth", Growth(0.12m, 0.08m), 10 },
        { "specialised-niche-years-points", new PolicyFacts { NicheMarketYears = 1 }, 0 },
        { "specialised-niche-years-points", new PolicyFacts { NicheMarketYears = 2 }, 1 },
        { "specialised-niche-years-points", new PolicyFacts { NicheMarketYears = 5 }, 2 },
        { "specialised-niche-years-points", new PolicyFacts { NicheMarketYears = 10 }, 5 },
        { "specialised-niche-years-points", new PolicyFacts { NicheMarketYears = 30 }, 5 },
        { "specialised-field", new PolicyFacts { MainProductFieldLevel = 0 }, 0 },
        { "specialised-field", new PolicyFacts { MainProductFieldLevel = 1 }, 3 },
        { "specialised-field", new PolicyFacts { MainProductFieldLevel = 2 }, 5 },
        { "specialised-digital", new PolicyFacts { DigitalisationLevel = 1 }, 0 },
        { "specialised-digital", new PolicyFacts { DigitalisationLevel = 2 }, 3 },
        { "specialised-digital", new PolicyFacts { DigitalisationLevel = 3 }, 5 },
        { "specialised-digital", new PolicyFacts { DigitalisationLevel = 4 }, 5 },
        { "specialised-quality", new PolicyFacts { QualityItems = 0 }, 0 },
        { "specialised-quality", new PolicyFacts { QualityItems = 1 }, 3 },
        { "specialised-quality", new PolicyFacts { QualityItems = 2 }, 5 },
        { "specialised-net-margin", Ratio(r => Year(2024, r, netProfit: r * 0.0199m)), 0 },
        { "specialised-net-margin", Ratio(r => Year(2024, r, netProfit: r * 0.02m)), 2 },
        { "specialised-net-margin", Ratio(r => Year(2024, r, netProfit: r * 0.06m)), 6 },
        { "specialised-net-margin", Ratio(r => Year(2024, r, netProfit: r * 0.10m)), 10 },
        { "specialised-net-margin", Ratio(r => Year(2024, r, netProfit: -r)), 0 },
        { "specialised-debt", Ratio(r => Year(2024, r, assets: r, liabilities: r * 0.50m)), 5 },
        { "specialised-debt", Ratio(r => Year(2024, r, assets: r, liabilities: r * 0.5001m)), 3 },
        { "specialised-debt", Ratio(r => Year(2024, r, assets: r, liabilities: r * 0.70m)), 1 },
        { "specialised-debt", Ratio(r => Year(2024, r, assets: r, liabilities: r * 0.7001m)), 0 },
        { "specialised-local", new PolicyFacts { LocalSpecialtyPoints = 12 }, 12 },
        { "specialised-local", new PolicyFacts { LocalSpecialtyPoints = 40 }, 15 },
        { "specialised-ip", new PolicyFacts { IpClassIHighValue = 1 }, 10 },
        { "specialised-ip", new PolicyFacts { IpClassIHighValue = 0, IpClassISelfDeveloped = 1 }, 8 },
        { "specialised-ip", new PolicyFacts { IpClassIHighValue = 0, IpClassISelfDeveloped = 0, IpClassI = 3 }, 6 },
        { "specialised-ip", new PolicyFacts { IpClassIHighValue = 0, IpClassISelfDeveloped = 0, IpClassI = 0, IpClassII = 1 }, 2 },
        // R&D: the better of the amount and the share counts.
        { "specialised-rd-points", RdOf(999_999m, 1_000_000_000m), 0 },
        { "specialised-rd-points", RdOf(1_000_000m, 1_000_000_000m), 2 },
        { "specialised-rd-points", RdOf(4_000_000m, 1_000_000_000m), 8 },
        { "specialised-rd-points", RdOf(5_000_000m, 1_000_000_000m), 10 },
        { "specialised-rd-points", RdOf(1_000_000m, 10_000_000m), 10 },
        { "specialised-rd-points", RdOf(600_000m, 10_000_000m), 6 },
        { "specialised-rd-staff", new PolicyFacts { Years = [Year(2024, Revenue, rdStaff: 4, employees: 100)] }, 0 },
        { "specialised-rd-staff", new PolicyFacts { Years = [Year(2024, Revenue, rdStaff: 5, employees: 100)] }, 1 },
        { "specialised-rd-staff", new PolicyFacts { Years = [Year(2024, Revenue, rdStaff: 10, employees: 100)] }, 3 },
        { "specialised-rd-staff", new PolicyFacts { Years = [Year(2024, Revenue, rdStaff: 20, employees: 100)] }, 5 },
        { "specialised-rd-institution", new PolicyFacts { RdInstitutionLevel = RdInstitutionLevel.None }, 0 },
        { "specialised-rd-institution", new PolicyFacts { RdInstitutionLevel = RdInstitutionLevel.BelowMunicipal }, 2 },
        { "specialised-rd-institution", new PolicyFacts { RdInstitutionLevel = RdInstitutionLevel.Municipal }, 4 },
        { "specialised-rd-institution", new PolicyFacts { RdInstitutionLevel = RdInstitutionLevel.Provincial }, 8 },
        { "specialised-rd-institution", new PolicyFacts { RdInstitutionLevel = RdInstitutionLevel.National }, 10 }
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Should_score_each_indicator_by_its_bands(string indicator, PolicyFacts facts, decimal points) =>
        Indicator(Evaluate("specialised-sme", "2022-63", facts), indicator).Points.ShouldBe(points);

    [Fact]
    public void Should_leave_an_indicator_missing_rather_than_zero_when_its_facts_are_not_given()
    {
        var indicator = Indicator(Evaluate("specialised-sme", "2022-63", new PolicyFacts()), "specialised-net-margin");
        indicator.Status.ShouldBe(PolicyCriterionStatus.Missing);
        indicator.MissingFacts.ShouldBe(["NetProfit(2024)", "OperatingRevenue(2024)"], ignoreOrder: true);
    }

    [Fact]
    public void Should_say_what_the_next_band_needs()
    {
        var indicator = Indicator(Evaluate("specialised-sme", "2022-63", Ratio(r => Year(2024, r, main: r * 0.65m))), "specialised-main-share");
        indicator.NextBand!.Zh.ShouldBe("主营业务收入占比65%，≥70%可得3分（+2分）");
    }

    /// <summary>Average main-business growth over 2024 and 2023 (from three years of main-business revenue).</summary>
    private static PolicyFacts Growth(decimal growth2023, decimal growth2024)
    {
        var main2022 = 100_000_000m;
        var main2023 = main2022 * (1 + growth2023);
        return new PolicyFacts
        {
            Years = [Year(2022, Revenue, main: main2022), Year(2023, Revenue, main: main2023), Year(2024, Revenue, main: main2023 * (1 + growth2024))]
        };
    }

    private static PolicyFacts RdOf(decimal rd, decimal revenue) => new() { Years = [Year(2024, revenue, rd: rd)] };
}
