using Cultivation.Permissions;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Policies;

/// <summary>政策计算器: evaluates facts against the rule version in force on the date; saves nothing.</summary>
[Authorize(CultivationPermissions.Policies.Calculate)]
public sealed class PolicyCalculatorAppService(PolicyAssessor assessor) : IPolicyCalculatorAppService
{
    public async Task<PolicyEvaluation> CalculateAsync(CalculatePolicyInput input, CancellationToken cancellationToken = default) =>
        (await assessor.EvaluateAsync(input.ProgrammeCode, input.AssessmentDate!.Value,
            input.Facts ?? throw new Exceptions.BusinessException(CultivationDomainErrorCodes.PolicyFactsRequired, "facts"), cancellationToken)).Evaluation;
}
