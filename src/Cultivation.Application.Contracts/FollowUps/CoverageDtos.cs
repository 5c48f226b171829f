using System.ComponentModel.DataAnnotations;

namespace Cultivation.FollowUps;

/// <summary>How well a district keeps its winners followed up over a period (the 优秀组织奖 view).</summary>
public class DistrictCoverageDto
{
    public Guid DistrictId { get; set; }
    public string DistrictName { get; set; } = null!;
    public int ActivePlans { get; set; }
    public int OnSchedulePlans { get; set; }
    /// <summary>Share of active plans not overdue (0–1); null without active plans.</summary>
    public double? OnScheduleRate { get; set; }
    public int OverduePlans { get; set; }
    public double? MedianDaysOverdue { get; set; }
    public int Services { get; set; }
    public int EnterprisesFollowed { get; set; }
    /// <summary>Services per followed enterprise per quarter of the period.</summary>
    public double? ServicesPerEnterprisePerQuarter { get; set; }
    public int RequestsRaised { get; set; }
    public int RequestsResolved { get; set; }
    public double? RequestsResolvedRate { get; set; }
}

public class GetCoverageInput
{
    [Required]
    public DateOnly? From { get; set; }

    [Required]
    public DateOnly? To { get; set; }
}

public class CoverageReportDto
{
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public DateOnly AsOf { get; set; }
    public List<DistrictCoverageDto> Districts { get; set; } = [];
}

public interface ICoverageAppService
{
    Task<CoverageReportDto> GetAsync(GetCoverageInput input, CancellationToken cancellationToken = default);

    Task<Enterprises.FileDto> ExportAsync(GetCoverageInput input, CancellationToken cancellationToken = default);
}
