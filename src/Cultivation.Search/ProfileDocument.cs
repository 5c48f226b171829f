namespace Cultivation.Search;

/// <summary>
/// One indexed project profile. Keyword fields hold stable codes (the application localises them);
/// the text fields are Chinese and English prose.
/// </summary>
public sealed record ProfileDocument
{
    public required Guid Id { get; init; }
    public required Guid EnterpriseId { get; init; }
    public required Guid DistrictId { get; init; }
    public bool IsPublished { get; init; }

    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public required string Headline { get; init; }
    public string? HeadlineEn { get; init; }
    public required string Summary { get; init; }
    public string? Product { get; init; }
    public string? Market { get; init; }
    public string? Team { get; init; }

    public IReadOnlyList<string> Industries { get; init; } = [];
    public required string District { get; init; }
    public string? PrizeLevel { get; init; }
    public int? Edition { get; init; }
    public string? NationalAdvancement { get; init; }
    public string? FinancingStage { get; init; }
    public string? AmountBand { get; init; }
    public IReadOnlyList<string> Titles { get; init; } = [];
    public IReadOnlyList<string> ChainTags { get; init; } = [];

    /// <summary>Higher is a better award; <see cref="ProfileSort.AwardLevel"/> sorts by it.</summary>
    public int AwardRank { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The instant <see cref="ProfileSort.Newest"/> sorts by: publication, or the last change of a draft.</summary>
    public DateTimeOffset NewestAt => PublishedAt ?? UpdatedAt;
}
