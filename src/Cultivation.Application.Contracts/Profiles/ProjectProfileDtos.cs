using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;

namespace Cultivation.Profiles;

/// <summary>A profile as its district officer keeps it: content, consent and publication. Amounts in yuan.</summary>
public class ProjectProfileDto : EntityDto<Guid>
{
    public Guid EnterpriseId { get; set; }
    public Guid DistrictId { get; set; }
    public ProfileStatus Status { get; set; }
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
    public PublicationConsentDto? Consent { get; set; }
    public DateTime? PublishedTime { get; set; }
    public DateTime? WithdrawnTime { get; set; }
    public string? WithdrawReason { get; set; }
    public DateTime? LastModificationTime { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class PublicationConsentDto
{
    public string ConsentedBy { get; set; } = null!;
    public DateOnly ConsentedOn { get; set; }
    public bool Profile { get; set; }
    public bool ExactFigures { get; set; }
    public bool ContactThroughOfficer { get; set; }
    public string? Note { get; set; }
    public DateTime RecordedTime { get; set; }
}

/// <summary>What the officer writes. Team: roles and backgrounds only (investors read it), no names or contacts.</summary>
public class SaveProjectProfileDto
{
    [Required]
    [StringLength(ProfileConsts.MaxHeadlineLength)]
    public string Headline { get; set; } = null!;

    [StringLength(ProfileConsts.MaxHeadlineLength)]
    public string? HeadlineEn { get; set; }

    [Required]
    [StringLength(ProfileConsts.MaxSummaryLength)]
    public string Summary { get; set; } = null!;

    [StringLength(ProfileConsts.MaxSummaryLength)]
    public string? SummaryEn { get; set; }

    [StringLength(ProfileConsts.MaxSectionLength)]
    public string? ProductAndTechnology { get; set; }

    [StringLength(ProfileConsts.MaxSectionLength)]
    public string? MarketAndCustomers { get; set; }

    [StringLength(ProfileConsts.MaxSectionLength)]
    public string? Team { get; set; }

    public FinancingStage? FinancingStage { get; set; }

    [Range(0, (double)ProfileConsts.MaxFinancingAmount)]
    public decimal? FinancingAmountMin { get; set; }

    [Range(0, (double)ProfileConsts.MaxFinancingAmount)]
    public decimal? FinancingAmountMax { get; set; }

    [StringLength(ProfileConsts.MaxUseOfFundsLength)]
    public string? UseOfFunds { get; set; }

    [MaxLength(ProfileConsts.MaxChainTags)]
    public List<string> ChainTags { get; set; } = [];

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class RecordConsentDto
{
    /// <summary>Who at the enterprise agreed (name and role, e.g. 张明 总经理).</summary>
    [Required]
    [StringLength(ProfileConsts.MaxConsentedByLength)]
    public string ConsentedBy { get; set; } = null!;

    [Required]
    public DateOnly? ConsentedOn { get; set; }

    public bool Profile { get; set; }
    public bool ExactFigures { get; set; }
    public bool ContactThroughOfficer { get; set; }

    /// <summary>The evidence: a signed form, an e-mail, a meeting.</summary>
    [StringLength(ProfileConsts.MaxConsentNoteLength)]
    public string? Note { get; set; }

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class ChangeProfileStatusDto
{
    [StringLength(ProfileConsts.MaxWithdrawReasonLength)]
    public string? Reason { get; set; }

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>The officer's view of one enterprise's profile; <see cref="Profile"/> is null until one is written.</summary>
public class EnterpriseProfileDto
{
    public Guid EnterpriseId { get; set; }
    public ProjectProfileDto? Profile { get; set; }
}

public interface IProjectProfileAppService
{
    Task<EnterpriseProfileDto> GetOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    Task<ProjectProfileDto> SaveAsync(Guid enterpriseId, SaveProjectProfileDto input, CancellationToken cancellationToken = default);

    Task<ProjectProfileDto> RecordConsentAsync(Guid id, RecordConsentDto input, CancellationToken cancellationToken = default);

    Task<ProjectProfileDto> WithdrawConsentAsync(Guid id, ChangeProfileStatusDto input, CancellationToken cancellationToken = default);

    Task<ProjectProfileDto> PublishAsync(Guid id, ChangeProfileStatusDto input, CancellationToken cancellationToken = default);

    Task<ProjectProfileDto> WithdrawAsync(Guid id, ChangeProfileStatusDto input, CancellationToken cancellationToken = default);
}
