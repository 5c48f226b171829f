using Cultivation.Enterprises;

namespace Cultivation.Profiles;

/// <summary>What an investor may read of a profile and its enterprise: no people, contacts or internal records.</summary>
public static class PublishedProfileMapper
{
    public static PublishedProfileDto ToDto(ProjectProfile profile, Enterprise enterprise, string districtName, string? industryFieldName)
    {
        var c = profile.Content;
        var dto = new PublishedProfileDto
        {
            Id = profile.Id, EnterpriseId = enterprise.Id, EnterpriseName = enterprise.Name, EnterpriseKind = enterprise.Kind,
            DistrictId = profile.DistrictId, DistrictName = districtName, IndustryFieldName = industryFieldName,
            FoundedYear = enterprise.FoundedOn?.Year,
            Headline = c.Headline, HeadlineEn = c.HeadlineEn, Summary = c.Summary, SummaryEn = c.SummaryEn,
            ProductAndTechnology = c.ProductAndTechnology, MarketAndCustomers = c.MarketAndCustomers, Team = c.Team,
            FinancingStage = c.FinancingStage, FinancingAmountMin = c.FinancingAmountMin, FinancingAmountMax = c.FinancingAmountMax,
            FinancingAmountBand = c.AmountBand, UseOfFunds = c.UseOfFunds, ChainTags = c.ChainTags.ToList(),
            Awards = enterprise.Awards.OrderByDescending(a => a.EditionYear).Select(a => new ProfileAwardDto
            {
                EditionYear = a.EditionYear, PrizeLevel = a.PrizeLevel, NationalAdvancement = a.NationalAdvancement,
                NationalAdvancementYear = a.NationalAdvancementYear
            }).ToList(),
            AcceptsIntroductions = profile.IsPublished && profile.Consent is { ContactThroughOfficer: true },
            IsPublished = profile.IsPublished, PublishedTime = profile.PublishedTime
        };
        ApplyFigures(dto, enterprise, exact: profile.Consent is { ExactFigures: true });
        return dto;
    }

    private static void ApplyFigures(PublishedProfileDto dto, Enterprise enterprise, bool exact)
    {
        var reported = enterprise.Figures.Where(f => f.OperatingRevenue is not null).OrderByDescending(f => f.Year).ToList();
        if (reported.Count == 0)
        {
            return;
        }
        var latest = reported[0];
        var previous = reported.FirstOrDefault(f => f.Year == latest.Year - 1);
        var growth = FigureBands.GrowthOf(latest.OperatingRevenue, previous?.OperatingRevenue);
        dto.FiguresYear = latest.Year;
        dto.RevenueBand = FigureBands.Revenue(latest.OperatingRevenue!.Value);
        dto.GrowthBand = growth is { } g ? FigureBands.Growth(g) : null;
        if (exact)
        {
            dto.OperatingRevenue = latest.OperatingRevenue;
            dto.RevenueGrowth = growth;
        }
    }
}
