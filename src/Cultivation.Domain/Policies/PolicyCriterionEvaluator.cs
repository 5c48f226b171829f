namespace Cultivation.Policies;

/// <summary>
/// Evaluates criteria in three-valued logic: all = fail if one fails, else missing if one is missing; any = pass if
/// one passes, else missing if one is missing. An exemption turns a failed or missing criterion into a pass.
/// </summary>
internal sealed class PolicyCriterionEvaluator(PolicyRuleDefinition definition, PolicyFacts facts, DateOnly date, PolicyScoreResult? score)
{
    public List<PolicyText> NearMisses { get; } = [];

    public PolicyCriterionResult Evaluate(PolicyCriterionDefinition criterion)
    {
        var result = new PolicyCriterionResult
        {
            Code = criterion.Code, NameZh = criterion.NameZh, NameEn = criterion.NameEn, Source = criterion.Source,
            Unverified = criterion.Unverified, Kind = criterion.Kind, DirectRoute = criterion.DirectRoute
        };
        switch (criterion.Kind)
        {
            case PolicyCriterionKind.Compare:
                Compare(criterion, result);
                break;
            case PolicyCriterionKind.Confirmation:
                Confirm(criterion, result);
                break;
            case PolicyCriterionKind.All:
            case PolicyCriterionKind.Any:
                result.Children = criterion.Children!.Select(Evaluate).ToList();
                result.Status = criterion.Kind == PolicyCriterionKind.All ? All(result.Children.Select(c => c.Status)) : Any(result.Children.Select(c => c.Status));
                break;
            case PolicyCriterionKind.Score:
                result.Status = score?.Status ?? PolicyCriterionStatus.Fail;
                result.Value = score?.Points;
                result.Threshold = score?.PassingTotal;
                result.Comparison = PolicyComparison.AtLeast;
                result.Unit = PolicyMeasureUnit.Points;
                break;
        }
        if (criterion.WaivedBy is { } waiver && result.Status != PolicyCriterionStatus.Pass)
        {
            var exemption = Evaluate(waiver);
            result.Children.Add(exemption);
            if (exemption.Status == PolicyCriterionStatus.Pass)
            {
                result.Status = PolicyCriterionStatus.Pass;
                result.WaivedBy = waiver.Code;
            }
            else if (exemption.Status == PolicyCriterionStatus.Missing)
            {
                result.Status = PolicyCriterionStatus.Missing;
            }
        }
        return result;
    }

    public static PolicyCriterionStatus All(IEnumerable<PolicyCriterionStatus> statuses)
    {
        var list = statuses.ToList();
        return list.Contains(PolicyCriterionStatus.Fail) ? PolicyCriterionStatus.Fail
            : list.Contains(PolicyCriterionStatus.Missing) ? PolicyCriterionStatus.Missing
            : PolicyCriterionStatus.Pass;
    }

    public static PolicyCriterionStatus Any(IEnumerable<PolicyCriterionStatus> statuses)
    {
        var list = statuses.ToList();
        return list.Contains(PolicyCriterionStatus.Pass) ? PolicyCriterionStatus.Pass
            : list.Contains(PolicyCriterionStatus.Missing) ? PolicyCriterionStatus.Missing
            : PolicyCriterionStatus.Fail;
    }

    private void Compare(PolicyCriterionDefinition criterion, PolicyCriterionResult result)
    {
        var measure = PolicyMeasures.Find(criterion.Measure)!;
        var comparison = criterion.Comparison!.Value;
        var threshold = criterion.Threshold!.Value;
        result.Comparison = comparison;
        result.Threshold = threshold;
        result.Unit = measure.Unit;
        var readings = PolicyMeasureReader.Read(measure, criterion.Aggregate, criterion.Years, criterion.Subject, criterion.MaxRank, facts, date);
        var known = readings.Where(r => r.Reading.IsKnown)
            .Select(r => (r.Year, Value: r.Reading.Value!.Value, Holds: PolicyMeasureReader.Holds(r.Reading.Value!.Value, comparison, threshold))).ToList();
        result.MissingFacts = readings.SelectMany(r => r.Reading.Missing).Distinct().ToList();
        var failing = known.Where(k => !k.Holds).ToList();
        result.Status = failing.Count > 0 ? PolicyCriterionStatus.Fail
            : result.MissingFacts.Count > 0 ? PolicyCriterionStatus.Missing
            : PolicyCriterionStatus.Pass;
        if (known.Count == 0)
        {
            result.Explanation = new PolicyText($"缺少：{string.Join("、", result.MissingFacts)}", $"Missing: {string.Join(", ", result.MissingFacts)}");
            return;
        }
        // The weakest year speaks for "each year": the one failing furthest, else the closest to failing.
        var shown = failing.Count > 0 ? failing.MaxBy(k => Math.Abs(threshold - k.Value)) : known.MinBy(k => Math.Abs(k.Value - threshold));
        result.Value = shown.Value;
        result.Explanation = PolicyComparisonExplainer.Explain(measure, shown.Year, shown.Value, comparison, threshold, shown.Holds, facts);
        if (!shown.Holds && definition.NearMissMargin is { } margin && PolicyComparisonExplainer.RelativeGap(shown.Value, threshold) <= margin)
        {
            NearMisses.Add(result.Explanation);
        }
    }

    private void Confirm(PolicyCriterionDefinition criterion, PolicyCriterionResult result)
    {
        var name = criterion.Confirmation!;
        var confirmed = false;
        if (facts.Confirmations is null || !facts.Confirmations.TryGetValue(name, out confirmed))
        {
            result.Status = PolicyCriterionStatus.Missing;
            result.MissingFacts = [$"{nameof(PolicyFacts.Confirmations)}.{name}"];
            result.Explanation = new PolicyText($"待确认：{criterion.NameZh}", $"To be confirmed: {criterion.NameEn}");
            return;
        }
        result.Status = confirmed ? PolicyCriterionStatus.Pass : PolicyCriterionStatus.Fail;
        result.Explanation = confirmed
            ? new PolicyText($"已确认：{criterion.NameZh}", $"Confirmed: {criterion.NameEn}")
            : new PolicyText($"确认不符合：{criterion.NameZh}", $"Confirmed not met: {criterion.NameEn}");
    }
}
