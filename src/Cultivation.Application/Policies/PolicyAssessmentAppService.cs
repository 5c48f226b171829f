using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Exceptions;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Policies;

/// <summary>Stored assessments of an enterprise; district officers see and make only their district's (the query filter sees to it).</summary>
[Authorize(CultivationPermissions.Policies.Default)]
public sealed class PolicyAssessmentAppService(
    IEnterpriseRepository enterprises,
    IPolicyAssessmentRepository assessments,
    PolicyAssessor assessor,
    IPolicyFactsSource factsSource,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork) : IPolicyAssessmentAppService
{
    [Authorize(CultivationPermissions.Policies.Assess)]
    public async Task<PolicyAssessmentDto> AssessAsync(Guid enterpriseId, CalculatePolicyInput input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, includeDetails: false, cancellationToken);
        var date = input.AssessmentDate!.Value;
        // No facts typed in: what the records hold on the date, stored as the snapshot the result was computed from.
        var facts = input.Facts
            ?? (await factsSource.ReadAsync((await enterprises.GetQueryableAsync()).Where(e => e.Id == enterprise.Id), date, cancellationToken))[enterprise.Id];
        var (programme, ruleSet, evaluation) = await assessor.EvaluateAsync(input.ProgrammeCode, date, facts, cancellationToken);
        var assessment = new PolicyAssessment(Guid.CreateVersion7(), enterprise, programme, ruleSet, facts, evaluation);
        await assessments.InsertAsync(assessment, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        var dto = ToDto(assessment);
        dto.Evaluation = evaluation;
        return dto;
    }

    public async Task<ListResultDto<PolicyAssessmentSummaryDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        await enterprises.GetAsync(enterpriseId, includeDetails: false, cancellationToken);
        var query = (await assessments.GetQueryableAsync())
            .Where(a => a.EnterpriseId == enterpriseId)
            .OrderByDescending(a => a.AssessmentDate).ThenByDescending(a => a.CreationTime)
            .Select(a => new PolicyAssessmentSummaryDto
            {
                Id = a.Id, EnterpriseId = a.EnterpriseId, ProgrammeId = a.ProgrammeId, ProgrammeCode = a.ProgrammeCode, RuleSetVersion = a.RuleSetVersion,
                AssessmentDate = a.AssessmentDate, Outcome = a.Outcome, CreationTime = a.CreationTime
            });
        return new ListResultDto<PolicyAssessmentSummaryDto>(await executer.ToListAsync(query, cancellationToken));
    }

    /// <summary>The assessment as stored: its evaluation is read back, never recomputed against today's rules.</summary>
    public async Task<PolicyAssessmentDto> GetAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken = default)
    {
        var assessment = await assessments.GetAsync(id, cancellationToken: cancellationToken);
        if (assessment.EnterpriseId != enterpriseId)
        {
            throw new EntityNotFoundException(typeof(PolicyAssessment), id);
        }
        return ToDto(assessment);
    }

    private static PolicyAssessmentDto ToDto(PolicyAssessment a) => new()
    {
        Id = a.Id, EnterpriseId = a.EnterpriseId, ProgrammeId = a.ProgrammeId, ProgrammeCode = a.ProgrammeCode, RuleSetVersion = a.RuleSetVersion,
        AssessmentDate = a.AssessmentDate, Outcome = a.Outcome, CreationTime = a.CreationTime, Facts = a.ReadFacts(), Evaluation = a.ReadResult()
    };
}
