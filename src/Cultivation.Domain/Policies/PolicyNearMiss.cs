namespace Cultivation.Policies;

/// <summary>
/// Whether a "not eligible" is a near miss worth an officer's call: every hard condition that fails, fails by no more than
/// the version's near-miss margin (an alternative counts as near when one of its ways is). One far gap, a "no" a person
/// confirmed, or a missed score makes it an ordinary "not eligible", however near the other gaps are.
/// </summary>
public static class PolicyNearMiss
{
    public static bool IsNearMiss(PolicyEvaluation evaluation)
    {
        if (evaluation.Outcome != PolicyOutcome.NotEligible || evaluation.NearMisses.Count == 0)
        {
            return false;
        }
        var failing = evaluation.Requirements.Where(r => r.Status == PolicyCriterionStatus.Fail).ToList();
        return failing.Count > 0 && failing.All(r => Near(r, evaluation.NearMisses));
    }

    private static bool Near(PolicyCriterionResult result, List<PolicyText> nearMisses) => result.Kind switch
    {
        PolicyCriterionKind.Compare => result.Explanation is { } explanation && nearMisses.Contains(explanation),
        PolicyCriterionKind.All => result.Children.Where(c => c.Status == PolicyCriterionStatus.Fail).All(c => Near(c, nearMisses)),
        PolicyCriterionKind.Any => result.Children.Any(c => Near(c, nearMisses)),
        _ => false
    };
}
