using System.ComponentModel.DataAnnotations;
using Cultivation.Contests;

namespace Cultivation.Profiles;

/// <summary>
/// A search over project profiles: free text (Chinese or English; synonyms such as 人工智能/AI apply), facet filters
/// (values of one facet are alternatives, facets combine), a sort and a page. Investors search published profiles;
/// a district officer also its own district's drafts; municipal staff every profile.
/// </summary>
public class ProfileSearchInput
{
    [StringLength(100)]
    public string? Text { get; set; }

    /// <summary>Industry field codes (行业领域).</summary>
    [MaxLength(20)]
    public List<string> Industry { get; set; } = [];

    /// <summary>District codes (310115 = 浦东新区).</summary>
    [MaxLength(20)]
    public List<string> District { get; set; } = [];

    [MaxLength(10)]
    public List<PrizeLevel> PrizeLevel { get; set; } = [];

    [MaxLength(20)]
    public List<int> Edition { get; set; } = [];

    [MaxLength(10)]
    public List<NationalAdvancement> NationalAdvancement { get; set; } = [];

    [MaxLength(10)]
    public List<FinancingStage> FinancingStage { get; set; } = [];

    [MaxLength(10)]
    public List<FinancingAmountBand> AmountBand { get; set; } = [];

    [MaxLength(20)]
    public List<string> Title { get; set; } = [];

    [MaxLength(20)]
    public List<string> ChainTag { get; set; } = [];

    public ProfileSearchSort Sort { get; set; }

    [Range(0, 10_000)]
    public int SkipCount { get; set; }

    [Range(1, 100)]
    public int MaxResultCount { get; set; } = 20;
}

public enum ProfileSearchSort
{
    /// <summary>Best match first (newest first without text).</summary>
    Relevance = 0,
    Newest = 1,
    /// <summary>National advancement, then the Shanghai prize.</summary>
    AwardLevel = 2
}

public class ProfileSearchResultDto
{
    public long TotalCount { get; set; }
    public List<ProfileSearchHitDto> Items { get; set; } = [];
    public List<SearchFacetDto> Facets { get; set; } = [];
}

/// <summary>One result; the highlights mark the matched words with &lt;em&gt; (all other markup escaped).</summary>
public class ProfileSearchHitDto
{
    public Guid Id { get; set; }
    public Guid EnterpriseId { get; set; }
    public string EnterpriseName { get; set; } = null!;
    public string Headline { get; set; } = null!;
    public string DistrictName { get; set; } = null!;
    public string? IndustryFieldName { get; set; }
    public PrizeLevel? PrizeLevel { get; set; }
    public int? Edition { get; set; }
    public NationalAdvancement? NationalAdvancement { get; set; }
    public FinancingStage? FinancingStage { get; set; }
    public FinancingAmountBand? AmountBand { get; set; }
    public List<string> ChainTags { get; set; } = [];
    public ProfileStatus Status { get; set; }
    public DateTime? PublishedTime { get; set; }
    /// <summary>Field name (headline, summary, product, market, team, name) → fragments.</summary>
    public Dictionary<string, List<string>> Highlights { get; set; } = [];
}

public class SearchFacetDto
{
    /// <summary>industry, district, prizeLevel, edition, nationalAdvancement, financingStage, amountBand, title, chainTag.</summary>
    public string Name { get; set; } = null!;
    public List<SearchFacetValueDto> Values { get; set; } = [];
}

public class SearchFacetValueDto
{
    /// <summary>The value to filter by (a code, an enum name, a year).</summary>
    public string Value { get; set; } = null!;
    /// <summary>The value as the reader's language names it.</summary>
    public string Label { get; set; } = null!;
    public long Count { get; set; }
}

public interface IProfileSearchAppService
{
    Task<ProfileSearchResultDto> SearchAsync(ProfileSearchInput input, CancellationToken cancellationToken = default);
}
