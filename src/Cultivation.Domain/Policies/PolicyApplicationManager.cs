using Cultivation.Enterprises;
using Cultivation.Exceptions;
using Cultivation.FollowUps;
using Cultivation.Repositories;

namespace Cultivation.Policies;

public interface IPolicyApplicationRepository : IRepository<PolicyApplication, Guid>
{
    /// <summary>Whether the enterprise has an application of the batch that has not ended (withdrawn ones have ended).</summary>
    Task<bool> HasOpenAsync(Guid enterpriseId, Guid batchId, CancellationToken cancellationToken = default);
}

/// <summary>The recommendation, which needs more than the new application: the batch's window, the one-open rule, the template and the assessment.</summary>
public sealed class PolicyApplicationManager(
    IPolicyApplicationRepository applications,
    IPolicyPipelineTemplateRepository templates,
    IPolicyAssessmentRepository assessments)
{
    public async Task<PolicyApplication> RecommendAsync(Enterprise enterprise, PolicyProgramme programme, PolicyBatch batch, Guid? assessmentId,
        string? comment, PolicyActor actor, WorkingDayCalendar calendar, CancellationToken cancellationToken = default)
    {
        if (batch.ProgrammeId != programme.Id)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, "batchId");
        }
        if (!batch.IsOpenOn(actor.Today))
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyBatchNotOpen, "batchId", batch.Name,
                batch.OpensOn.ToString("yyyy-MM-dd"), batch.ClosesOn.ToString("yyyy-MM-dd"));
        }
        if (await applications.HasOpenAsync(enterprise.Id, batch.Id, cancellationToken))
        {
            throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationAlreadyOpen, "enterpriseId", enterprise.Name, batch.Name);
        }
        PolicyAssessment? assessment = null;
        if (assessmentId is { } id)
        {
            assessment = await assessments.FindAsync(id, includeDetails: false, cancellationToken);
            if (assessment is null || assessment.EnterpriseId != enterprise.Id || assessment.ProgrammeId != programme.Id)
            {
                throw new BusinessException(CultivationDomainErrorCodes.PolicyApplicationAssessmentMismatch, "assessmentId");
            }
        }
        var template = await templates.FindByProgrammeAsync(programme.Id, cancellationToken);
        return new PolicyApplication(Guid.CreateVersion7(), enterprise.Id, enterprise.DistrictId, programme, batch,
            template?.Materials ?? [], assessment, comment, actor, calendar);
    }
}
