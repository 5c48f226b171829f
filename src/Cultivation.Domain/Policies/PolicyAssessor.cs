using Cultivation.Exceptions;

namespace Cultivation.Policies;

/// <summary>Finds the programme and the rule version in force on the date, and evaluates the facts against it.</summary>
public sealed class PolicyAssessor(IPolicyProgrammeRepository programmes, PolicyEvaluator evaluator)
{
    public async Task<PolicyAssessorResult> EvaluateAsync(string programmeCode, DateOnly date, PolicyFacts facts, CancellationToken cancellationToken = default)
    {
        PolicyFactsValidator.Validate(facts);
        var programme = await programmes.FindByCodeAsync(programmeCode, cancellationToken)
            ?? throw new BusinessException(CultivationDomainErrorCodes.PolicyProgrammeNotFound, "programmeCode", programmeCode);
        var ruleSet = programme.RuleSetOn(date)
            ?? throw new BusinessException(CultivationDomainErrorCodes.PolicyNoRuleSetOnDate, "assessmentDate", programme.Name, date.ToString("yyyy-MM-dd"));
        return new PolicyAssessorResult(programme, ruleSet, evaluator.Evaluate(programme.Code, ruleSet.Version, ruleSet.ReadDefinition(), facts, date));
    }
}

public sealed record PolicyAssessorResult(PolicyProgramme Programme, PolicyRuleSet RuleSet, PolicyEvaluation Evaluation);
