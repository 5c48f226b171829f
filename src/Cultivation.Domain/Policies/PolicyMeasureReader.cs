namespace Cultivation.Policies;

/// <summary>One year's reading of a measure (year is null for measures that are not yearly).</summary>
internal readonly record struct PolicyYearReading(int? Year, PolicyReading Reading);

/// <summary>Reads a measure as a criterion or a band table asks: one year, each of N years, their average or total, or a point-in-time figure.</summary>
internal static class PolicyMeasureReader
{
    /// <summary>The readings to compare: one per year for "each year", otherwise one.</summary>
    public static IReadOnlyList<PolicyYearReading> Read(PolicyMeasure measure, PolicyYearAggregate? aggregate, int? years, string? subject, int? maxRank,
        PolicyFacts facts, DateOnly date)
    {
        var query = new PolicyMeasureQuery(facts, date, subject, years, maxRank);
        if (!measure.IsYearly)
        {
            return [new PolicyYearReading(null, measure.Read(query))];
        }
        var lastYear = query.LastYear;
        var span = aggregate is null or PolicyYearAggregate.LastYear ? 1 : Math.Max(1, years ?? 1);
        var readings = Enumerable.Range(0, span).Select(i => new PolicyYearReading(lastYear - i, measure.ReadYear(facts, lastYear - i))).ToList();
        if (aggregate is null or PolicyYearAggregate.LastYear or PolicyYearAggregate.EachYear)
        {
            return readings;
        }
        var missing = readings.SelectMany(r => r.Reading.Missing).ToList();
        if (missing.Count > 0)
        {
            return [new PolicyYearReading(null, new PolicyReading(null, missing))];
        }
        var values = readings.Select(r => r.Reading.Value!.Value).ToList();
        var combined = aggregate == PolicyYearAggregate.Average ? values.Average() : values.Sum();
        return [new PolicyYearReading(null, PolicyReading.Of(combined))];
    }

    public static bool Holds(decimal value, PolicyComparison comparison, decimal threshold) => comparison switch
    {
        PolicyComparison.AtLeast => value >= threshold,
        PolicyComparison.AtMost => value <= threshold,
        PolicyComparison.GreaterThan => value > threshold,
        PolicyComparison.LessThan => value < threshold,
        _ => value == threshold
    };
}
