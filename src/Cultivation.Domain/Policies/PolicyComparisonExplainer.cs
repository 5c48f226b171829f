namespace Cultivation.Policies;

/// <summary>
/// Says a comparison in words: "研发费用占比5.07%，需≥6%，差0.93个百分点，约74万元". For a ratio the amount is what
/// would close the gap at the year's denominator (R&amp;D needed at this revenue).
/// </summary>
internal static class PolicyComparisonExplainer
{
    public static PolicyText Explain(PolicyMeasure measure, int? year, decimal value, PolicyComparison comparison, decimal threshold, bool holds,
        PolicyFacts facts)
    {
        var yearZh = year is { } y ? $"{y}年" : "";
        var yearEn = year is { } ye ? $" ({ye})" : "";
        var shown = PolicyValueText.Value(value, measure.Unit);
        var needed = PolicyValueText.Value(threshold, measure.Unit);
        var op = PolicyValueText.Comparison(comparison).Zh;
        var zh = $"{yearZh}{measure.NameZh}{shown.Zh}，需{op}{needed.Zh}";
        var en = $"{Capitalise(measure.NameEn)}{yearEn} {shown.En}, needs {op} {needed.En}";
        if (holds || comparison == PolicyComparison.EqualTo)
        {
            return new PolicyText(zh, en);
        }
        var gap = PolicyValueText.Gap(Math.Abs(threshold - value), measure.Unit);
        zh += $"，差{gap.Zh}";
        en += $", short by {gap.En}";
        if (ClosingAmount(measure, year, value, threshold, facts) is { } closing)
        {
            zh += $"，约{closing.Zh}";
            en += $", about {closing.En}";
        }
        return new PolicyText(zh, en);
    }

    /// <summary>How far the value is from the threshold, as a fraction of the threshold (for near misses).</summary>
    public static decimal RelativeGap(decimal value, decimal threshold) =>
        threshold == 0 ? decimal.MaxValue : Math.Abs(threshold - value) / Math.Abs(threshold);

    private static PolicyText? ClosingAmount(PolicyMeasure measure, int? year, decimal value, decimal threshold, PolicyFacts facts)
    {
        if (measure.Ratio is not { } ratio || year is not { } y || PolicyFactReaders.Year(facts, y) is not { } figures
            || ratio.Denominator(figures) is not { } denominator || PolicyMeasures.Find(ratio.Numerator) is not { } numerator)
        {
            return null;
        }
        var amount = Math.Abs(threshold - value) * denominator;
        if (numerator.Unit == PolicyMeasureUnit.Count)
        {
            amount = Math.Ceiling(amount);
            return new PolicyText($"{PolicyValueText.Number(amount)}人（{numerator.NameZh}）", $"{PolicyValueText.Number(amount)} ({numerator.NameEn})");
        }
        var text = PolicyValueText.Value(amount, numerator.Unit);
        return new PolicyText($"{text.Zh}{numerator.NameZh}", $"{text.En} of {numerator.NameEn}");
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
