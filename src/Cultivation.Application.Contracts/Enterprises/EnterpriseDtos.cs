using System.ComponentModel.DataAnnotations;
using Cultivation.Contests;
using Cultivation.Dtos;
using Cultivation.Validation;

namespace Cultivation.Enterprises;

public class AwardSummaryDto
{
    public Guid EditionId { get; set; }
    public int EditionYear { get; set; }
    public ContestTrack Track { get; set; }
    public ContestStage StageReached { get; set; }
    public PrizeLevel? PrizeLevel { get; set; }
    public NationalAdvancement? NationalAdvancement { get; set; }
}

public class EnterpriseListItemDto : EntityDto<Guid>
{
    public EnterpriseKind Kind { get; set; }
    public string Name { get; set; } = null!;
    public string? CreditCode { get; set; }
    public Guid DistrictId { get; set; }
    public string DistrictName { get; set; } = null!;
    public Guid? IndustryFieldId { get; set; }
    public string? IndustryFieldName { get; set; }
    /// <summary>行业领域 as the source wrote it, when that differs from the catalogue's name (a Shanghai name, an alias, or an unknown name to resolve).</summary>
    public string? IndustryFieldText { get; set; }
    public DateOnly? FoundedOn { get; set; }
    public AwardSummaryDto? LatestAward { get; set; }
    public DateTime CreationTime { get; set; }
}

public class EnterpriseDto : EntityDto<Guid>
{
    public EnterpriseKind Kind { get; set; }
    public string Name { get; set; } = null!;
    public string? CreditCode { get; set; }
    public Guid DistrictId { get; set; }
    public string DistrictName { get; set; } = null!;
    public Guid? IndustryFieldId { get; set; }
    public string? IndustryFieldName { get; set; }
    /// <summary>行业领域 as the source wrote it, when that differs from the catalogue's name (a Shanghai name, an alias, or an unknown name to resolve).</summary>
    public string? IndustryFieldText { get; set; }
    public DateOnly? FoundedOn { get; set; }
    public DateOnly? IncorporatedOn { get; set; }
    public decimal? RegisteredCapital { get; set; }
    public string? Address { get; set; }
    public string? Website { get; set; }
    public string? LeadName { get; set; }
    public Gender LeadGender { get; set; }
    /// <summary>Listed at home or abroad (境内外上市); null: not known.</summary>
    public bool? Listed { get; set; }
    public List<EnterpriseContactDto> Contacts { get; set; } = [];
    public List<AwardRecordDto> Awards { get; set; } = [];
    public List<EnterpriseFiguresDto> Figures { get; set; } = [];
    public DateTime CreationTime { get; set; }
    public DateTime? LastModificationTime { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

/// <summary>The enterprise list's filters; award filters (edition, track, prize, advancement) apply to one and the same award record.</summary>
public class GetEnterpriseListInput : PagedAndSortedResultRequestDto
{
    public Guid? DistrictId { get; set; }
    public Guid? IndustryFieldId { get; set; }
    /// <summary>Only enterprises whose 行业领域 text the catalogue did not recognise (no field yet).</summary>
    public bool? IndustryFieldUnresolved { get; set; }
    public Guid? EditionId { get; set; }
    public ContestTrack? Track { get; set; }
    public PrizeLevel? PrizeLevel { get; set; }
    public NationalAdvancement? NationalAdvancement { get; set; }
    public EnterpriseKind? Kind { get; set; }

    /// <summary>Holds an active title of this programme (专精特新, 小巨人, …), by programme code.</summary>
    [StringLength(Policies.PolicyProgrammeConsts.MaxCodeLength)]
    public string? TitleProgrammeCode { get; set; }

    /// <summary>Part of the name, the credit code or an award's project name.</summary>
    [StringLength(EnterpriseConsts.MaxKeywordLength)]
    public string? Keyword { get; set; }
}

public class UpdateEnterpriseDto
{
    [Required]
    [StringLength(EnterpriseConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    /// <summary>统一社会信用代码; required for a company, optional for a maker team.</summary>
    [CreditCode]
    [StringLength(32)]
    public string? CreditCode { get; set; }

    [Required]
    public Guid? DistrictId { get; set; }

    public Guid? IndustryFieldId { get; set; }

    /// <summary>行业领域 as the source wrote it (kept as provenance; cleared to drop it).</summary>
    [StringLength(EnterpriseConsts.MaxIndustryFieldTextLength)]
    public string? IndustryFieldText { get; set; }

    public DateOnly? FoundedOn { get; set; }

    [Range(0, EnterpriseFiguresConsts.MaxAmount)]
    public decimal? RegisteredCapital { get; set; }

    [StringLength(EnterpriseConsts.MaxAddressLength)]
    public string? Address { get; set; }

    [StringLength(EnterpriseConsts.MaxWebsiteLength)]
    [Website]
    public string? Website { get; set; }

    [StringLength(EnterpriseConsts.MaxLeadNameLength)]
    public string? LeadName { get; set; }

    public Gender LeadGender { get; set; }

    /// <summary>Listed at home or abroad (境内外上市), which the policy rules read; left out, the recorded answer stays.</summary>
    public bool? Listed { get; set; }

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]

    public string? ConcurrencyStamp { get; set; }
}

public class CreateEnterpriseDto : UpdateEnterpriseDto
{
    [Required]
    public EnterpriseKind? Kind { get; set; }
}

public class IncorporateEnterpriseDto
{
    [Required]
    [CreditCode]
    [StringLength(32)]
    public string CreditCode { get; set; } = null!;

    [Required]
    public DateOnly? IncorporatedOn { get; set; }

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]

    public string? ConcurrencyStamp { get; set; }
}

public interface IEnterpriseAppService
{
    Task<PagedResultDto<EnterpriseListItemDto>> GetListAsync(GetEnterpriseListInput input, CancellationToken cancellationToken = default);

    Task<EnterpriseDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<EnterpriseDto> CreateAsync(CreateEnterpriseDto input, CancellationToken cancellationToken = default);

    Task<EnterpriseDto> UpdateAsync(Guid id, UpdateEnterpriseDto input, CancellationToken cancellationToken = default);

    /// <summary>A maker team registers as a company and keeps its history.</summary>
    Task<EnterpriseDto> IncorporateAsync(Guid id, IncorporateEnterpriseDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
