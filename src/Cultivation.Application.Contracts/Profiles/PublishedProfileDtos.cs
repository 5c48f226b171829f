using System.ComponentModel.DataAnnotations;
using Cultivation.Contests;
using Cultivation.Enterprises;

namespace Cultivation.Profiles;

/// <summary>
/// A published profile as investors read it: no contacts, people's names, internal notes, follow-ups or pipelines.
/// Revenue and growth are bands unless the enterprise consented to exact figures.
/// </summary>
public class PublishedProfileDto
{
    public Guid Id { get; set; }
    public Guid EnterpriseId { get; set; }
    public string EnterpriseName { get; set; } = null!;
    public EnterpriseKind EnterpriseKind { get; set; }
    public Guid DistrictId { get; set; }
    public string DistrictName { get; set; } = null!;
    public string? IndustryFieldName { get; set; }
    public int? FoundedYear { get; set; }
    public string Headline { get; set; } = null!;
    public string? HeadlineEn { get; set; }
    public string Summary { get; set; } = null!;
    public string? SummaryEn { get; set; }
    public string? ProductAndTechnology { get; set; }
    public string? MarketAndCustomers { get; set; }
    public string? Team { get; set; }
    public FinancingStage? FinancingStage { get; set; }
    public decimal? FinancingAmountMin { get; set; }
    public decimal? FinancingAmountMax { get; set; }
    public FinancingAmountBand? FinancingAmountBand { get; set; }
    public string? UseOfFunds { get; set; }
    public List<string> ChainTags { get; set; } = [];
    public List<ProfileAwardDto> Awards { get; set; } = [];
    /// <summary>The latest year with reported revenue.</summary>
    public int? FiguresYear { get; set; }
    public RevenueBand? RevenueBand { get; set; }
    public GrowthBand? GrowthBand { get; set; }
    /// <summary>Only when the enterprise consented to exact figures.</summary>
    public decimal? OperatingRevenue { get; set; }
    /// <summary>Only when the enterprise consented to exact figures (0.25 = 25 %).</summary>
    public decimal? RevenueGrowth { get; set; }
    /// <summary>Investors may ask to be introduced (through the district officer).</summary>
    public bool AcceptsIntroductions { get; set; }
    /// <summary>The caller's institution already expressed interest.</summary>
    public bool InterestExpressed { get; set; }
    public bool IsPublished { get; set; }
    public DateTime? PublishedTime { get; set; }
}

public class ProfileAwardDto
{
    public int EditionYear { get; set; }
    public PrizeLevel? PrizeLevel { get; set; }
    public NationalAdvancement? NationalAdvancement { get; set; }
    public int? NationalAdvancementYear { get; set; }
}

public class ExpressInterestDto
{
    /// <summary>What the investor would like to discuss (optional).</summary>
    [StringLength(500)]
    public string? Message { get; set; }
}

public class ExpressInterestResultDto
{
    public Guid IntroductionId { get; set; }
}

public interface IPublishedProfileAppService
{
    Task<PublishedProfileDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ExpressInterestResultDto> ExpressInterestAsync(Guid id, ExpressInterestDto input, CancellationToken cancellationToken = default);
}
