using Cultivation.Contests;

namespace Cultivation.Profiles;

/// <summary>One profile with what the index reads from the enterprise's records (awards, figures, district, field).</summary>
public sealed record ProfileIndexRow
{
    public required Guid ProfileId { get; init; }
    public required Guid EnterpriseId { get; init; }
    public required Guid DistrictId { get; init; }
    public required string DistrictCode { get; init; }
    public required string EnterpriseName { get; init; }
    public required ProfileStatus Status { get; init; }
    public required ProfileContent Content { get; init; }
    public string? IndustryCode { get; init; }
    public IReadOnlyList<ProfileAward> Awards { get; init; } = [];
    /// <summary>The programme codes of the titles the enterprise holds now (active).</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];
    public DateTime? PublishedTime { get; init; }
    public DateTime LastChangedTime { get; init; }
}

/// <summary>An award as a profile shows it: the edition's year, prize and how far it went nationally.</summary>
public sealed record ProfileAward(int EditionYear, PrizeLevel? PrizeLevel, NationalAdvancement? NationalAdvancement, int? NationalAdvancementYear);
