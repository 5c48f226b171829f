using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;

namespace Cultivation.Enterprises;

/// <summary>One year's figures; amounts in yuan, ratios derived (0.05 = 5 %).</summary>
public class EnterpriseFiguresDto : EntityDto<Guid>
{
    public int Year { get; set; }
    public decimal? OperatingRevenue { get; set; }
    public decimal? MainBusinessRevenue { get; set; }
    public decimal? RdExpense { get; set; }
    public int? RdStaff { get; set; }
    public int? Employees { get; set; }
    public decimal? TotalAssets { get; set; }
    public decimal? TotalLiabilities { get; set; }
    public decimal? NetProfit { get; set; }
    public decimal? EquityFinancingRaised { get; set; }
    public int? IpClassI { get; set; }
    public int? IpClassIHighValue { get; set; }
    public int? IpClassII { get; set; }
    public int? NicheMarketYears { get; set; }
    public decimal? RdIntensity { get; set; }
    public decimal? MainBusinessShare { get; set; }
    public decimal? DebtRatio { get; set; }
    public decimal? NetProfitMargin { get; set; }
    public decimal? RdStaffShare { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class UpdateEnterpriseFiguresDto
{
    [Range(0, EnterpriseFiguresConsts.MaxAmount)]
    public decimal? OperatingRevenue { get; set; }

    [Range(0, EnterpriseFiguresConsts.MaxAmount)]
    public decimal? MainBusinessRevenue { get; set; }

    [Range(0, EnterpriseFiguresConsts.MaxAmount)]
    public decimal? RdExpense { get; set; }

    [Range(0, 10_000_000)]
    public int? RdStaff { get; set; }

    [Range(0, 10_000_000)]
    public int? Employees { get; set; }

    [Range(0, EnterpriseFiguresConsts.MaxAmount)]
    public decimal? TotalAssets { get; set; }

    [Range(0, EnterpriseFiguresConsts.MaxAmount)]
    public decimal? TotalLiabilities { get; set; }

    [Range(-EnterpriseFiguresConsts.MaxAmount, EnterpriseFiguresConsts.MaxAmount)]
    public decimal? NetProfit { get; set; }

    [Range(0, EnterpriseFiguresConsts.MaxAmount)]
    public decimal? EquityFinancingRaised { get; set; }

    [Range(0, 100_000)]
    public int? IpClassI { get; set; }

    [Range(0, 100_000)]
    public int? IpClassIHighValue { get; set; }

    [Range(0, 100_000)]
    public int? IpClassII { get; set; }

    [Range(0, 200)]
    public int? NicheMarketYears { get; set; }

    /// <summary>For a year already recorded: the stamp read with it.</summary>
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]

    public string? ConcurrencyStamp { get; set; }
}

public interface IEnterpriseFiguresAppService
{
    Task<ListResultDto<EnterpriseFiguresDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    /// <summary>Records the year's figures, or replaces them if the year is already recorded.</summary>
    Task<EnterpriseFiguresDto> SetAsync(Guid enterpriseId, int year, UpdateEnterpriseFiguresDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid enterpriseId, int year, CancellationToken cancellationToken = default);
}
