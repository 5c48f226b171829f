using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;

namespace Cultivation.Policies;

public class PolicyBatchDto : EntityDto<Guid>
{
    public Guid ProgrammeId { get; set; }
    public string ProgrammeCode { get; set; } = null!;
    public string ProgrammeName { get; set; } = null!;
    public string Name { get; set; } = null!;
    public int Year { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public DateOnly? PublicityStartsOn { get; set; }
    public DateOnly? PublicityEndsOn { get; set; }
    public int MaterialsDays { get; set; }
    public int DistrictReviewDays { get; set; }
    public int MunicipalReviewDays { get; set; }
    public int DecisionDays { get; set; }
    /// <summary>Recommendations are accepted today (Shanghai).</summary>
    public bool IsOpen { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class CreateUpdatePolicyBatchDto
{
    [Required]
    public Guid? ProgrammeId { get; set; }
    [Required, StringLength(PolicyBatchConsts.MaxNameLength)]
    public string Name { get; set; } = null!;
    [Range(PolicyBatchConsts.MinYear, PolicyBatchConsts.MaxYear)]
    public int Year { get; set; }
    [Required]
    public DateOnly? OpensOn { get; set; }
    [Required]
    public DateOnly? ClosesOn { get; set; }
    public DateOnly? PublicityStartsOn { get; set; }
    public DateOnly? PublicityEndsOn { get; set; }
    /// <summary>Working days each stage may take.</summary>
    [Range(PolicyBatchConsts.MinDueDays, PolicyBatchConsts.MaxDueDays)]
    public int MaterialsDays { get; set; } = PolicyBatchConsts.DefaultMaterialsDays;
    [Range(PolicyBatchConsts.MinDueDays, PolicyBatchConsts.MaxDueDays)]
    public int DistrictReviewDays { get; set; } = PolicyBatchConsts.DefaultDistrictReviewDays;
    [Range(PolicyBatchConsts.MinDueDays, PolicyBatchConsts.MaxDueDays)]
    public int MunicipalReviewDays { get; set; } = PolicyBatchConsts.DefaultMunicipalReviewDays;
    /// <summary>Working days after the 公示 ends for the decision.</summary>
    [Range(PolicyBatchConsts.MinDueDays, PolicyBatchConsts.MaxDueDays)]
    public int DecisionDays { get; set; } = PolicyBatchConsts.DefaultDecisionDays;
    /// <summary>Required when changing a batch.</summary>
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class GetPolicyBatchListInput : PagedResultRequestDto
{
    public Guid? ProgrammeId { get; set; }
    [Range(PolicyBatchConsts.MinYear, PolicyBatchConsts.MaxYear)]
    public int? Year { get; set; }
    /// <summary>Only batches open today.</summary>
    public bool OpenOnly { get; set; }
}

public class PolicyPipelineTemplateDto
{
    public Guid ProgrammeId { get; set; }
    public List<PolicyMaterialItem> Materials { get; set; } = [];
    /// <summary>Null while the programme has no template yet.</summary>
    public string? ConcurrencyStamp { get; set; }
}

public class UpdatePolicyPipelineTemplateDto
{
    [Required, MaxLength(PolicyApplicationConsts.MaxMaterialsPerProgramme)]
    public List<PolicyMaterialItem> Materials { get; set; } = [];
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>One application as the list and the board show it.</summary>
public class PolicyApplicationSummaryDto : EntityDto<Guid>
{
    public Guid EnterpriseId { get; set; }
    public string EnterpriseName { get; set; } = null!;
    public Guid DistrictId { get; set; }
    public string DistrictName { get; set; } = null!;
    public Guid ProgrammeId { get; set; }
    public string ProgrammeCode { get; set; } = null!;
    public string ProgrammeName { get; set; } = null!;
    public Guid BatchId { get; set; }
    public string BatchName { get; set; } = null!;
    public PolicyApplicationStage Stage { get; set; }
    public PolicyApplicationStage FurthestStage { get; set; }
    public DateOnly StageEnteredOn { get; set; }
    public DateOnly? StageDueOn { get; set; }
    /// <summary>Past its stage's due date today (Shanghai).</summary>
    public bool IsOverdue { get; set; }
    public DateOnly RecommendedOn { get; set; }
    public decimal? AverageScore { get; set; }
    public PolicyDecision? Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public decimal? GrantedAmount { get; set; }
    public DateTime LastActionTime { get; set; }
}

public class PolicyApplicationMaterialDto
{
    public string Code { get; set; } = null!;
    public string Name { get; set; } = null!;
    public string EnglishName { get; set; } = null!;
    public bool Required { get; set; }
    public bool Unverified { get; set; }
    public PolicyMaterialStatus Status { get; set; }
    public Guid? DocumentId { get; set; }
    public string? FileName { get; set; }
    public string? Note { get; set; }
    public DateTime? UpdatedTime { get; set; }
}

public class PolicyApplicationScoreDto
{
    public Guid Id { get; set; }
    public string ExpertName { get; set; } = null!;
    public decimal Score { get; set; }
    public string? Comment { get; set; }
    public DateTime RecordedTime { get; set; }
}

public class PolicyApplicationObjectionDto
{
    public Guid Id { get; set; }
    public string Summary { get; set; } = null!;
    public DateOnly ReceivedOn { get; set; }
    public PolicyObjectionOutcome? Outcome { get; set; }
    public string? Resolution { get; set; }
    public DateOnly? ResolvedOn { get; set; }
}

public class PolicyApplicationTransitionDto
{
    public Guid Id { get; set; }
    public PolicyApplicationAction Action { get; set; }
    public PolicyApplicationStage FromStage { get; set; }
    public PolicyApplicationStage ToStage { get; set; }
    public string? Comment { get; set; }
    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = null!;
    public DateTime OccurredTime { get; set; }
    public DateOnly OccurredOn { get; set; }
}

public class PolicyDocumentDto
{
    public Guid Id { get; set; }
    public string MaterialCode { get; set; } = null!;
    public string FileName { get; set; } = null!;
    public string ContentType { get; set; } = null!;
    public long Size { get; set; }
    public string Sha256 { get; set; } = null!;
    public DateTime CreationTime { get; set; }
}

/// <summary>An application with its checklist, scores, objections, documents and whole history (oldest first).</summary>
public class PolicyApplicationDto : PolicyApplicationSummaryDto
{
    public Guid? AssessmentId { get; set; }
    public PolicyProgrammeKind ProgrammeKind { get; set; }
    public string? OnSiteCheckNote { get; set; }
    public DateOnly? PublicityStartsOn { get; set; }
    public DateOnly? PublicityEndsOn { get; set; }
    public string? OutcomeReason { get; set; }
    public List<PolicyApplicationMaterialDto> Materials { get; set; } = [];
    public List<PolicyApplicationScoreDto> Scores { get; set; } = [];
    public List<PolicyApplicationObjectionDto> Objections { get; set; } = [];
    public List<PolicyDocumentDto> Documents { get; set; } = [];
    public List<PolicyApplicationTransitionDto> History { get; set; } = [];
    public string ConcurrencyStamp { get; set; } = null!;
}

public class GetPolicyApplicationListInput : PagedResultRequestDto
{
    public Guid? ProgrammeId { get; set; }
    public Guid? BatchId { get; set; }
    public PolicyApplicationStage? Stage { get; set; }
    /// <summary>Only the open ones (材料, 初审, 市级评审, 公示).</summary>
    public bool OpenOnly { get; set; }
    public Guid? DistrictId { get; set; }
    public Guid? EnterpriseId { get; set; }
    /// <summary>Only those past their stage's due date.</summary>
    public bool Overdue { get; set; }
    /// <summary>
    /// Only those waiting for the caller: for someone who recommends or does 初审, the open ones at the district's stages;
    /// for municipal review or decision, the open ones at the city's stages.
    /// </summary>
    public bool Mine { get; set; }
    [StringLength(64)]
    public string? Keyword { get; set; }
}

public class GetPolicyApplicationBoardInput
{
    [Required]
    public Guid? BatchId { get; set; }
    public Guid? DistrictId { get; set; }
    /// <summary>How many cards (most urgent first) each stage column shows.</summary>
    [Range(1, PolicyApplicationConsts.MaxBoardCardsPerStage)]
    public int CardsPerStage { get; set; } = PolicyApplicationConsts.DefaultBoardCardsPerStage;
}

public class PolicyApplicationBoardColumnDto
{
    public PolicyApplicationStage Stage { get; set; }
    public int Count { get; set; }
    public int OverdueCount { get; set; }
    public List<PolicyApplicationSummaryDto> Cards { get; set; } = [];
}

/// <summary>A batch's applications by stage: one column per stage, ended ones included.</summary>
public class PolicyApplicationBoardDto
{
    public Guid BatchId { get; set; }
    public List<PolicyApplicationBoardColumnDto> Columns { get; set; } = [];
}

public class GetPolicyApplicationFunnelInput
{
    [Required]
    public Guid? ProgrammeId { get; set; }
    /// <summary>One batch of the programme; all its batches when absent.</summary>
    public Guid? BatchId { get; set; }
}

/// <summary>One district's funnel: how many applications reached each stage, and how they ended.</summary>
public class PolicyFunnelRowDto
{
    public Guid DistrictId { get; set; }
    public string DistrictName { get; set; } = null!;
    public int Recommended { get; set; }
    public int ReachedDistrictReview { get; set; }
    public int ReachedMunicipalReview { get; set; }
    public int ReachedPublicity { get; set; }
    public int Granted { get; set; }
    public int Rejected { get; set; }
    public int Withdrawn { get; set; }
    public int Open { get; set; }
    public decimal? GrantedAmount { get; set; }
}

public class PolicyFunnelDto
{
    public Guid ProgrammeId { get; set; }
    public Guid? BatchId { get; set; }
    public List<PolicyFunnelRowDto> Districts { get; set; } = [];
    public PolicyFunnelRowDto Total { get; set; } = null!;
}

/// <summary>The home cards: 进行中的扶持申报, 待市级审核的申报, 待推荐入库企业 — over the caller's scope.</summary>
public class PolicyApplicationSummaryCountsDto
{
    public int Open { get; set; }
    public int AwaitingMunicipalReview { get; set; }
    public int Overdue { get; set; }
    /// <summary>Enterprises whose latest assessment for a programme with an open batch is eligible and that have no open-batch application of it.</summary>
    public int ToRecommend { get; set; }
}

public class RecommendPolicyApplicationDto
{
    [Required]
    public Guid? EnterpriseId { get; set; }
    [Required]
    public Guid? BatchId { get; set; }
    /// <summary>A stored assessment of the enterprise for the batch's programme, if the recommendation rests on one.</summary>
    public Guid? AssessmentId { get; set; }
    [StringLength(PolicyApplicationConsts.MaxCommentLength)]
    public string? Comment { get; set; }
}

public class PolicyApplicationStepDto
{
    [StringLength(PolicyApplicationConsts.MaxCommentLength)]
    public string? Comment { get; set; }
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class ReceivePolicyMaterialDto
{
    [StringLength(PolicyApplicationConsts.MaxCommentLength)]
    public string? Note { get; set; }
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class ApprovePolicyApplicationDto : PolicyApplicationStepDto
{
    /// <summary>What the on-site check (现场核查) found.</summary>
    [Required, StringLength(PolicyApplicationConsts.MaxCommentLength)]
    public string OnSiteCheckNote { get; set; } = null!;
}

public class RecordPolicyScoreDto
{
    [Required, StringLength(PolicyApplicationConsts.MaxExpertNameLength)]
    public string ExpertName { get; set; } = null!;
    [Required, Range(typeof(decimal), "0", "100")]
    public decimal? Score { get; set; }
    [StringLength(PolicyApplicationConsts.MaxCommentLength)]
    public string? Comment { get; set; }
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class StartPolicyPublicityDto : PolicyApplicationStepDto
{
    /// <summary>The batch's 公示 dates when absent.</summary>
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
}

public class RecordPolicyObjectionDto
{
    [Required, StringLength(PolicyApplicationConsts.MaxCommentLength)]
    public string Summary { get; set; } = null!;
    /// <summary>Today when absent.</summary>
    public DateOnly? ReceivedOn { get; set; }
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class ResolvePolicyObjectionDto
{
    [Required]
    public PolicyObjectionOutcome? Outcome { get; set; }
    [Required, StringLength(PolicyApplicationConsts.MaxCommentLength)]
    public string Resolution { get; set; } = null!;
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

public class DecidePolicyApplicationDto
{
    [Required]
    public PolicyDecision? Decision { get; set; }
    /// <summary>The support granted (元), for a project-based programme only.</summary>
    [Range(typeof(decimal), "0", "100000000000")]
    public decimal? Amount { get; set; }
    /// <summary>Required when rejected.</summary>
    [StringLength(PolicyApplicationConsts.MaxCommentLength)]
    public string? Reason { get; set; }
    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>An uploaded file as the application service receives it.</summary>
public sealed class PolicyDocumentUpload(string? fileName, Stream content)
{
    public string? FileName { get; } = fileName;
    public Stream Content { get; } = content;
}

public sealed class PolicyDocumentContent(string fileName, string contentType, byte[] content)
{
    public string FileName { get; } = fileName;
    public string ContentType { get; } = contentType;
    public byte[] Content { get; } = content;
}

public interface IPolicyBatchAppService
{
    Task<PagedResultDto<PolicyBatchDto>> GetListAsync(GetPolicyBatchListInput input, CancellationToken cancellationToken = default);

    Task<PolicyBatchDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PolicyBatchDto> CreateAsync(CreateUpdatePolicyBatchDto input, CancellationToken cancellationToken = default);

    Task<PolicyBatchDto> UpdateAsync(Guid id, CreateUpdatePolicyBatchDto input, CancellationToken cancellationToken = default);

    Task<PolicyPipelineTemplateDto> GetTemplateAsync(Guid programmeId, CancellationToken cancellationToken = default);

    Task<PolicyPipelineTemplateDto> UpdateTemplateAsync(Guid programmeId, UpdatePolicyPipelineTemplateDto input, CancellationToken cancellationToken = default);
}

public interface IPolicyApplicationAppService
{
    Task<PagedResultDto<PolicyApplicationSummaryDto>> GetListAsync(GetPolicyApplicationListInput input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationBoardDto> GetBoardAsync(GetPolicyApplicationBoardInput input, CancellationToken cancellationToken = default);

    Task<PolicyFunnelDto> GetFunnelAsync(GetPolicyApplicationFunnelInput input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationSummaryCountsDto> GetSummaryAsync(CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> RecommendAsync(RecommendPolicyApplicationDto input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> UploadDocumentAsync(Guid id, string itemCode, PolicyDocumentUpload file, string? concurrencyStamp, CancellationToken cancellationToken = default);

    Task<PolicyDocumentContent> GetDocumentAsync(Guid id, Guid documentId, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> ReceiveMaterialAsync(Guid id, string itemCode, ReceivePolicyMaterialDto input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> SubmitAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> ApproveAsync(Guid id, ApprovePolicyApplicationDto input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> ReturnAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> RejectAtDistrictAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> RecordScoreAsync(Guid id, RecordPolicyScoreDto input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> StartPublicityAsync(Guid id, StartPolicyPublicityDto input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> RejectAtMunicipalAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> RecordObjectionAsync(Guid id, RecordPolicyObjectionDto input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> ResolveObjectionAsync(Guid id, Guid objectionId, ResolvePolicyObjectionDto input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> DecideAsync(Guid id, DecidePolicyApplicationDto input, CancellationToken cancellationToken = default);

    Task<PolicyApplicationDto> WithdrawAsync(Guid id, PolicyApplicationStepDto input, CancellationToken cancellationToken = default);
}
