namespace Cultivation.Policies;

/// <summary>
/// Evaluates facts against one rule set on one date. Pure and fast: no I/O, no clock. Eligible when every requirement
/// holds and (where the rule set scores or has direct routes) the score passes or a direct route holds; a direct route
/// that waives the requirements is enough alone.
/// </summary>
public sealed class PolicyEvaluator
{
    public PolicyEvaluation Evaluate(string programmeCode, string version, PolicyRuleDefinition definition, PolicyFacts facts, DateOnly assessmentDate)
    {
        var score = definition.Scoring is { } scoring ? PolicyScorer.Score(scoring, definition.Boundary, facts, assessmentDate) : null;
        var criteria = new PolicyCriterionEvaluator(definition, facts, assessmentDate, score);
        var requirements = definition.Requirements.Select(criteria.Evaluate).ToList();
        var routes = definition.DirectRoutes.Select(criteria.Evaluate).ToList();

        var requirementsHold = PolicyCriterionEvaluator.All(requirements.Select(r => r.Status));
        var alternatives = routes.Select(r => r.Status).Concat(score is null ? [] : [score.Status]).ToList();
        var qualifies = alternatives.Count == 0 ? PolicyCriterionStatus.Pass : PolicyCriterionEvaluator.Any(alternatives);
        var byRequirements = PolicyCriterionEvaluator.All([requirementsHold, qualifies]);
        var waivingRoutes = routes.Where((r, i) => definition.DirectRoutes[i].WaivesRequirements).Select(r => r.Status);
        var overall = PolicyCriterionEvaluator.Any(waivingRoutes.Prepend(byRequirements));

        var all = requirements.Concat(routes).SelectMany(Flatten).ToList();
        var evaluation = new PolicyEvaluation
        {
            ProgrammeCode = programmeCode,
            RuleSetVersion = version,
            AssessmentDate = assessmentDate,
            Outcome = overall switch
            {
                PolicyCriterionStatus.Pass => PolicyOutcome.Eligible,
                PolicyCriterionStatus.Fail => PolicyOutcome.NotEligible,
                _ => PolicyOutcome.NeedsEvidence
            },
            Requirements = requirements,
            Score = score,
            DirectRoutes = routes,
            AppliedDirectRoutes = all.Where(r => r.DirectRoute && r.Status == PolicyCriterionStatus.Pass).Select(r => r.Code).ToList(),
            NearMisses = criteria.NearMisses,
            UsesUnverifiedCriteria = all.Any(r => r.Unverified)
                || score is not null && (definition.Scoring!.Unverified || score.Dimensions.SelectMany(d => d.Indicators).Any(i => i.Unverified))
        };
        if (evaluation.Outcome == PolicyOutcome.NeedsEvidence)
        {
            evaluation.MissingFacts = all.Where(r => r.Status == PolicyCriterionStatus.Missing).SelectMany(r => r.MissingFacts)
                .Concat(score?.Dimensions.SelectMany(d => d.Indicators).SelectMany(i => i.MissingFacts) ?? [])
                .Distinct().ToList();
        }
        evaluation.Summary = PolicySummaryWriter.Write(evaluation);
        return evaluation;
    }

    private static IEnumerable<PolicyCriterionResult> Flatten(PolicyCriterionResult result) => result.Children.SelectMany(Flatten).Prepend(result);
}
