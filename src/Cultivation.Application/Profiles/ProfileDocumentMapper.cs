using Cultivation.Contests;
using Cultivation.Search;

namespace Cultivation.Profiles;

/// <summary>A profile as the search index holds it: keyword fields carry stable codes (enum names, district and field codes).</summary>
public static class ProfileDocumentMapper
{
    public static ProfileDocument ToDocument(ProfileIndexRow row)
    {
        var c = row.Content;
        var best = BestAward(row.Awards);
        var advancement = row.Awards.Where(a => a.NationalAdvancement is not null).MaxBy(a => AdvancementRank(a.NationalAdvancement))?.NationalAdvancement;
        return new ProfileDocument
        {
            Id = row.ProfileId, EnterpriseId = row.EnterpriseId, DistrictId = row.DistrictId, IsPublished = row.Status == ProfileStatus.Published,
            Name = row.EnterpriseName, Headline = c.Headline, HeadlineEn = c.HeadlineEn, Summary = JoinSummaries(c),
            Product = c.ProductAndTechnology, Market = c.MarketAndCustomers, Team = c.Team,
            Industries = row.IndustryCode is null ? [] : [row.IndustryCode], District = row.DistrictCode,
            PrizeLevel = best?.PrizeLevel?.ToString(), Edition = best?.EditionYear, NationalAdvancement = advancement?.ToString(),
            FinancingStage = c.FinancingStage?.ToString(), AmountBand = c.AmountBand?.ToString(), ChainTags = c.ChainTags, Titles = row.Titles,
            AwardRank = AwardRank(best?.PrizeLevel, advancement),
            UpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(row.LastChangedTime, DateTimeKind.Utc)),
            PublishedAt = row.PublishedTime is { } published ? new DateTimeOffset(DateTime.SpecifyKind(published, DateTimeKind.Utc)) : null
        };
    }

    /// <summary>The English summary is searched too, so an English query finds a profile written in both languages.</summary>
    private static string JoinSummaries(ProfileContent c) => c.SummaryEn is null ? c.Summary : c.Summary + "\n" + c.SummaryEn;

    /// <summary>The highest prize (一等奖 first), the latest edition among equals; an entry without a prize only when there is none.</summary>
    private static ProfileAward? BestAward(IReadOnlyList<ProfileAward> awards) =>
        awards.OrderBy(a => a.PrizeLevel is null).ThenBy(a => a.PrizeLevel).ThenByDescending(a => a.EditionYear).FirstOrDefault();

    private static int AdvancementRank(NationalAdvancement? advancement) => advancement switch
    {
        NationalAdvancement.EnterpriseTop50 or NationalAdvancement.MakerTop10 => 2,
        NationalAdvancement.EnterpriseTop500 or NationalAdvancement.MakerTop100 => 1,
        _ => 0
    };

    /// <summary>National advancement outranks any Shanghai prize; then 一等奖 (4) down to 优胜奖 (1).</summary>
    private static int AwardRank(PrizeLevel? prize, NationalAdvancement? advancement) =>
        AdvancementRank(advancement) * 10 + (prize is { } level ? 5 - (int)level : 0);
}
