namespace Cultivation.Policies;

/// <summary>The one-line conclusion of an evaluation, in both languages.</summary>
internal static class PolicySummaryWriter
{
    public static PolicyText Write(PolicyEvaluation evaluation)
    {
        var version = $"（规则版本 {evaluation.RuleSetVersion}）";
        var versionEn = $" (rules {evaluation.RuleSetVersion})";
        switch (evaluation.Outcome)
        {
            case PolicyOutcome.Eligible:
                var routes = evaluation.DirectRoutes.Concat(evaluation.Requirements).SelectMany(Flatten)
                    .Where(r => evaluation.AppliedDirectRoutes.Contains(r.Code)).DistinctBy(r => r.Code).ToList();
                var how = routes.Count > 0 ? $"，直通条件：{string.Join("、", routes.Select(r => r.NameZh))}"
                    : evaluation.Score is { } s ? $"，评分{PolicyValueText.Number(s.Points)}分" : "";
                var howEn = routes.Count > 0 ? $"; direct route: {string.Join(", ", routes.Select(r => r.NameEn))}"
                    : evaluation.Score is { } se ? $"; score {PolicyValueText.Number(se.Points)}" : "";
                return new PolicyText($"符合条件{how}{version}", $"Eligible{howEn}{versionEn}");
            case PolicyOutcome.NotEligible:
                var failed = evaluation.Requirements.Where(r => r.Status == PolicyCriterionStatus.Fail).ToList();
                var reasonsZh = failed.Select(r => r.NameZh).ToList();
                var reasonsEn = failed.Select(r => r.NameEn).ToList();
                if (evaluation.Score is { Status: PolicyCriterionStatus.Fail } score)
                {
                    reasonsZh.Add($"评分{PolicyValueText.Number(score.Points)}分未达标且无直通条件");
                    reasonsEn.Add($"score {PolicyValueText.Number(score.Points)} below the standard and no direct route");
                }
                return new PolicyText($"不符合：{string.Join("；", reasonsZh)}{version}", $"Not eligible: {string.Join("; ", reasonsEn)}{versionEn}");
            default:
                return new PolicyText($"需补充：{string.Join("、", evaluation.MissingFacts)}{version}",
                    $"Needs evidence: {string.Join(", ", evaluation.MissingFacts)}{versionEn}");
        }
    }

    private static IEnumerable<PolicyCriterionResult> Flatten(PolicyCriterionResult result) => result.Children.SelectMany(Flatten).Prepend(result);
}
