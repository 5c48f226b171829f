using Cultivation.AuditLogging;
using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Enterprises;

/// <summary>
/// An enterprise's key figures for one year. Amounts are yuan (元); null means not reported, which is
/// not the same as zero. Ratios are derived, never stored, so they always agree with the amounts.
/// </summary>
public class EnterpriseFigures : AuditedEntity<Guid>, IDistrictScoped, IEnterpriseOwned
{
    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; internal set; }
    public int Year { get; private set; }

    /// <summary>营业收入.</summary>
    public decimal? OperatingRevenue { get; private set; }
    /// <summary>主营业务收入.</summary>
    public decimal? MainBusinessRevenue { get; private set; }
    /// <summary>研发费用.</summary>
    public decimal? RdExpense { get; private set; }
    /// <summary>研发人员数.</summary>
    public int? RdStaff { get; private set; }
    /// <summary>从业人员数.</summary>
    public int? Employees { get; private set; }
    public decimal? TotalAssets { get; private set; }
    public decimal? TotalLiabilities { get; private set; }
    /// <summary>净利润 (may be negative).</summary>
    public decimal? NetProfit { get; private set; }
    /// <summary>股权融资额 raised in the year (paid-in).</summary>
    public decimal? EquityFinancingRaised { get; private set; }
    /// <summary>Valid Ⅰ类 intellectual property (inventions, layout designs, …).</summary>
    public int? IpClassI { get; private set; }
    /// <summary>Of the Ⅰ类, how many are 高价值.</summary>
    public int? IpClassIHighValue { get; private set; }
    /// <summary>Valid Ⅱ类 intellectual property (software copyright, utility models, designs).</summary>
    public int? IpClassII { get; private set; }
    /// <summary>Years in its niche market (细分市场) at the end of this year.</summary>
    public int? NicheMarketYears { get; private set; }

    private EnterpriseFigures()
    {
    }

    internal EnterpriseFigures(Guid id, Enterprise enterprise, int year, FiguresValues values, int currentYear) : base(id)
    {
        if (year < EnterpriseFiguresConsts.MinYear || year > currentYear)
        {
            throw new BusinessException(CultivationDomainErrorCodes.FiguresYearOutOfRange, "year", EnterpriseFiguresConsts.MinYear, currentYear);
        }
        EnterpriseId = enterprise.Id;
        DistrictId = enterprise.DistrictId;
        Year = year;
        Update(values);
    }

    internal void Update(FiguresValues values)
    {
        values.Validate();
        OperatingRevenue = values.OperatingRevenue;
        MainBusinessRevenue = values.MainBusinessRevenue;
        RdExpense = values.RdExpense;
        RdStaff = values.RdStaff;
        Employees = values.Employees;
        TotalAssets = values.TotalAssets;
        TotalLiabilities = values.TotalLiabilities;
        NetProfit = values.NetProfit;
        EquityFinancingRaised = values.EquityFinancingRaised;
        IpClassI = values.IpClassI;
        IpClassIHighValue = values.IpClassIHighValue;
        IpClassII = values.IpClassII;
        NicheMarketYears = values.NicheMarketYears;
    }

    /// <summary>研发费用 / 营业收入.</summary>
    public decimal? RdIntensity => Ratio(RdExpense, OperatingRevenue);

    /// <summary>主营业务收入 / 营业收入.</summary>
    public decimal? MainBusinessShare => Ratio(MainBusinessRevenue, OperatingRevenue);

    /// <summary>资产负债率: 总负债 / 总资产.</summary>
    public decimal? DebtRatio => Ratio(TotalLiabilities, TotalAssets);

    /// <summary>净利润率: 净利润 / 营业收入.</summary>
    public decimal? NetProfitMargin => Ratio(NetProfit, OperatingRevenue);

    /// <summary>研发人员占比.</summary>
    public decimal? RdStaffShare => RdStaff is { } staff && Employees is > 0 ? (decimal)staff / Employees.Value : null;

    private static decimal? Ratio(decimal? part, decimal? whole) =>
        part is { } p && whole is > 0 ? p / whole.Value : null;
}

public sealed record FiguresValues(
    decimal? OperatingRevenue = null,
    decimal? MainBusinessRevenue = null,
    decimal? RdExpense = null,
    int? RdStaff = null,
    int? Employees = null,
    decimal? TotalAssets = null,
    decimal? TotalLiabilities = null,
    decimal? NetProfit = null,
    decimal? EquityFinancingRaised = null,
    int? IpClassI = null,
    int? IpClassIHighValue = null,
    int? IpClassII = null,
    int? NicheMarketYears = null)
{
    internal void Validate()
    {
        NotNegative(OperatingRevenue, "operatingRevenue");
        NotNegative(MainBusinessRevenue, "mainBusinessRevenue");
        NotNegative(RdExpense, "rdExpense");
        NotNegative(RdStaff, "rdStaff");
        NotNegative(Employees, "employees");
        NotNegative(TotalAssets, "totalAssets");
        NotNegative(TotalLiabilities, "totalLiabilities");
        NotNegative(EquityFinancingRaised, "equityFinancingRaised");
        NotNegative(IpClassI, "ipClassI");
        NotNegative(IpClassIHighValue, "ipClassIHighValue");
        NotNegative(IpClassII, "ipClassII");
        NotNegative(NicheMarketYears, "nicheMarketYears");
        if (MainBusinessRevenue > OperatingRevenue)
        {
            throw new BusinessException(CultivationDomainErrorCodes.MainBusinessExceedsRevenue, "mainBusinessRevenue");
        }
        if (RdStaff > Employees)
        {
            throw new BusinessException(CultivationDomainErrorCodes.RdStaffExceedsEmployees, "rdStaff");
        }
        if (IpClassIHighValue > IpClassI)
        {
            throw new BusinessException(CultivationDomainErrorCodes.HighValueExceedsClassI, "ipClassIHighValue");
        }
    }

    private static void NotNegative(decimal? value, string field)
    {
        if (value < 0)
        {
            throw new BusinessException(CultivationDomainErrorCodes.AmountMustNotBeNegative, field);
        }
    }

    private static void NotNegative(int? value, string field)
    {
        if (value < 0)
        {
            throw new BusinessException(CultivationDomainErrorCodes.AmountMustNotBeNegative, field);
        }
    }
}
