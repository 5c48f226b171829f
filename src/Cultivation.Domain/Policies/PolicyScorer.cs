namespace Cultivation.Policies;

/// <summary>
/// Scores a points table. An indicator whose facts are missing counts 0 now and its maximum at best: the score
/// passes when the known points already pass, fails when even the best case fails, and needs evidence otherwise.
/// </summary>
internal static class PolicyScorer
{
    public static PolicyScoreResult Score(PolicyScoringDefinition scoring, PolicyBoundaryReading boundary, PolicyFacts facts, DateOnly date)
    {
        var dimensions = scoring.Dimensions.Select(d => ScoreDimension(d, boundary, facts, date)).ToList();
        var points = dimensions.Sum(d => d.Points);
        var best = dimensions.Sum(d => d.MaxPossible);
        var status = points >= scoring.PassingTotal && dimensions.All(d => d.Status == PolicyCriterionStatus.Pass) ? PolicyCriterionStatus.Pass
            : best < scoring.PassingTotal || dimensions.Any(d => d.Status == PolicyCriterionStatus.Fail) ? PolicyCriterionStatus.Fail
            : PolicyCriterionStatus.Missing;
        return new PolicyScoreResult
        {
            Status = status, Points = points, MaxPossible = best, PassingTotal = scoring.PassingTotal, Source = scoring.Source, Dimensions = dimensions
        };
    }

    private static PolicyDimensionScore ScoreDimension(PolicyDimensionDefinition dimension, PolicyBoundaryReading boundary, PolicyFacts facts, DateOnly date)
    {
        var indicators = dimension.Indicators.Select(i => ScoreIndicator(i, boundary, facts, date)).ToList();
        var points = indicators.Sum(i => i.Points ?? 0);
        var best = indicators.Sum(i => i.Status == PolicyCriterionStatus.Missing ? i.MaxPoints : i.Points ?? 0);
        var minimum = dimension.Minimum ?? 0;
        return new PolicyDimensionScore
        {
            Code = dimension.Code, NameZh = dimension.NameZh, NameEn = dimension.NameEn, Points = points, MaxPossible = best, Minimum = dimension.Minimum,
            Status = points >= minimum ? PolicyCriterionStatus.Pass : best < minimum ? PolicyCriterionStatus.Fail : PolicyCriterionStatus.Missing,
            Indicators = indicators
        };
    }

    private static PolicyIndicatorScore ScoreIndicator(PolicyIndicatorDefinition indicator, PolicyBoundaryReading boundary, PolicyFacts facts, DateOnly date)
    {
        var result = new PolicyIndicatorScore
        {
            Code = indicator.Code, NameZh = indicator.NameZh, NameEn = indicator.NameEn, Source = indicator.Source, Unverified = indicator.Unverified,
            MaxPoints = indicator.MaxPoints
        };
        (decimal Points, decimal Value, PolicyBandTable Table, PolicyMeasure Measure)? best = null;
        var missing = new List<string>();
        foreach (var table in indicator.Tables)
        {
            var measure = PolicyMeasures.Find(table.Measure)!;
            var reading = PolicyMeasureReader.Read(measure, table.Aggregate, table.Years, table.Subject, null, facts, date)[0].Reading;
            if (reading.Value is not { } value)
            {
                missing.AddRange(reading.Missing);
                continue;
            }
            var points = table.ValueIsPoints ? Math.Clamp(value, 0, indicator.MaxPoints) : PointsOf(table.Bands, value, boundary);
            if (best is null || points > best.Value.Points)
            {
                best = (points, value, table, measure);
            }
        }
        result.Points = best?.Points;
        result.Value = best?.Value;
        result.Unit = best?.Measure.Unit;
        var complete = best is { } b && (missing.Count == 0 || b.Points >= indicator.MaxPoints);
        result.Status = complete ? PolicyCriterionStatus.Pass : PolicyCriterionStatus.Missing;
        result.MissingFacts = complete ? [] : missing;
        if (best is { } scored && !scored.Table.ValueIsPoints)
        {
            result.NextBand = NextBand(scored.Table.Bands, scored.Value, scored.Points, scored.Measure);
        }
        return result;
    }

    /// <summary>The band the value falls in; on an edge shared by two bands the reading decides (by default the higher band wins).</summary>
    public static decimal PointsOf(IReadOnlyList<PolicyBand> bands, decimal value, PolicyBoundaryReading boundary)
    {
        var matching = bands.Where(b => (b.From is null || value >= b.From) && (b.To is null || value <= b.To)).Select(b => b.Points).ToList();
        return matching.Count == 0 ? 0 : boundary == PolicyBoundaryReading.InclusiveHigherBandWins ? matching.Max() : matching.Min();
    }

    private static PolicyText? NextBand(IReadOnlyList<PolicyBand> bands, decimal value, decimal points, PolicyMeasure measure)
    {
        var next = bands.Where(b => b.Points > points).OrderBy(b => b.Points).FirstOrDefault();
        if (next is null)
        {
            return null;
        }
        var (edge, comparison) = next.From is { } from && from > value ? (from, PolicyComparison.AtLeast) : (next.To ?? value, PolicyComparison.AtMost);
        var op = PolicyValueText.Comparison(comparison).Zh;
        var now = PolicyValueText.Value(value, measure.Unit);
        var needed = PolicyValueText.Value(edge, measure.Unit);
        var more = PolicyValueText.Number(next.Points - points);
        return new PolicyText(
            $"{measure.NameZh}{now.Zh}，{op}{needed.Zh}可得{PolicyValueText.Number(next.Points)}分（+{more}分）",
            $"{measure.NameEn} {now.En}; {op} {needed.En} scores {PolicyValueText.Number(next.Points)} (+{more})");
    }
}
