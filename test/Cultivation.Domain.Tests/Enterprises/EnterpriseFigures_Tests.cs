using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.Exceptions;

namespace Cultivation.Domain.Tests.Enterprises;

public class EnterpriseFigures_Tests
{
    private static Enterprise Company() =>
        new(Guid.CreateVersion7(), EnterpriseKind.Company, "公司", CreditCode.Parse("91310000MA1K000006"), ShanghaiDistricts.Pudong.Id);

    [Fact]
    public void Should_derive_ratios_from_the_amounts()
    {
        var figures = Company().RecordFigures(2024, new FiguresValues(
            OperatingRevenue: 10_000_000m, MainBusinessRevenue: 8_000_000m, RdExpense: 500_000m, RdStaff: 10, Employees: 40,
            TotalAssets: 20_000_000m, TotalLiabilities: 11_000_000m, NetProfit: -200_000m), 2025);

        figures.RdIntensity.ShouldBe(0.05m);
        figures.MainBusinessShare.ShouldBe(0.8m);
        figures.DebtRatio.ShouldBe(0.55m);
        figures.NetProfitMargin.ShouldBe(-0.02m);
        figures.RdStaffShare.ShouldBe(0.25m);
    }

    [Fact]
    public void Should_leave_ratios_unknown_when_a_figure_is_missing_or_zero()
    {
        var figures = Company().RecordFigures(2024, new FiguresValues(OperatingRevenue: 0m, RdExpense: 10m), 2025);
        figures.RdIntensity.ShouldBeNull();
        figures.DebtRatio.ShouldBeNull();
    }

    [Theory]
    [InlineData(CultivationDomainErrorCodes.MainBusinessExceedsRevenue)]
    [InlineData(CultivationDomainErrorCodes.RdStaffExceedsEmployees)]
    [InlineData(CultivationDomainErrorCodes.HighValueExceedsClassI)]
    [InlineData(CultivationDomainErrorCodes.AmountMustNotBeNegative)]
    public void Should_refuse_figures_that_contradict_each_other(string code)
    {
        var values = code switch
        {
            CultivationDomainErrorCodes.MainBusinessExceedsRevenue => new FiguresValues(OperatingRevenue: 1m, MainBusinessRevenue: 2m),
            CultivationDomainErrorCodes.RdStaffExceedsEmployees => new FiguresValues(RdStaff: 5, Employees: 4),
            CultivationDomainErrorCodes.HighValueExceedsClassI => new FiguresValues(IpClassI: 1, IpClassIHighValue: 2),
            _ => new FiguresValues(RdExpense: -1m)
        };
        Should.Throw<BusinessException>(() => Company().RecordFigures(2024, values, 2025)).Code.ShouldBe(code);
    }

    [Fact]
    public void Should_keep_one_record_per_year_within_the_allowed_years()
    {
        var company = Company();
        company.RecordFigures(2024, new FiguresValues(), 2025);
        Should.Throw<BusinessException>(() => company.RecordFigures(2024, new FiguresValues(), 2025))
            .Code.ShouldBe(CultivationDomainErrorCodes.FiguresYearAlreadyRecorded);
        Should.Throw<BusinessException>(() => company.RecordFigures(2026, new FiguresValues(), 2025))
            .Code.ShouldBe(CultivationDomainErrorCodes.FiguresYearOutOfRange);
        company.UpdateFigures(2024, new FiguresValues(Employees: 3)).Employees.ShouldBe(3);
    }
}
