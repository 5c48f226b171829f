using Cultivation.Dtos;

namespace Cultivation.Policies;

public class PolicyAssessmentSummaryDto : EntityDto<Guid>
{
    public Guid EnterpriseId { get; set; }
    public Guid ProgrammeId { get; set; }
    public string ProgrammeCode { get; set; } = null!;
    public string RuleSetVersion { get; set; } = null!;
    public DateOnly AssessmentDate { get; set; }
    public PolicyOutcome Outcome { get; set; }
    /// <summary>When it was assessed (UTC).</summary>
    public DateTime CreationTime { get; set; }
}

/// <summary>A stored assessment with the facts it used and its evaluation as it came out then.</summary>
public class PolicyAssessmentDto : PolicyAssessmentSummaryDto
{
    public PolicyFacts Facts { get; set; } = null!;
    public PolicyEvaluation Evaluation { get; set; } = null!;
}

public interface IPolicyAssessmentAppService
{
    /// <summary>Evaluates and stores: the version used and the facts given are kept with the result.</summary>
    Task<PolicyAssessmentDto> AssessAsync(Guid enterpriseId, CalculatePolicyInput input, CancellationToken cancellationToken = default);

    Task<ListResultDto<PolicyAssessmentSummaryDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    Task<PolicyAssessmentDto> GetAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken = default);
}
