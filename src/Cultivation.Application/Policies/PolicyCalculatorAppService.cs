using Cultivation.Exceptions;
using Cultivation.Permissions;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Policies;

/// <summary>政策计算器: evaluates facts against the rule version in force on the date; saves nothing.</summary>
[Authorize(CultivationPermissions.Policies.Calculate)]
public sealed class PolicyCalculatorAppService(IPolicyProgrammeRepository programmes, PolicyEvaluator evaluator) : IPolicyCalculatorAppService
{
    public async Task<PolicyEvaluation> CalculateAsync(CalculatePolicyInput input, CancellationToken cancellationToken = default)
    {
        var programme = await programmes.FindByCodeAsync(input.ProgrammeCode, cancellationToken)
            ?? throw new BusinessException(CultivationDomainErrorCodes.PolicyProgrammeNotFound, "programmeCode", input.ProgrammeCode);
        var date = input.AssessmentDate!.Value;
        var ruleSet = programme.RuleSetOn(date)
            ?? throw new BusinessException(CultivationDomainErrorCodes.PolicyNoRuleSetOnDate, "assessmentDate", programme.Name, date);
        return evaluator.Evaluate(programme.Code, ruleSet.Version, ruleSet.ReadDefinition(), input.Facts!, date);
    }
}
