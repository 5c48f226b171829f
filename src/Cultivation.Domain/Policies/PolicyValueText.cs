using System.Globalization;

namespace Cultivation.Policies;

/// <summary>Writes figures the way readers say them: 5.07%, 74万元 / 1.2亿元, 3年, 55分.</summary>
internal static class PolicyValueText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static PolicyText Value(decimal value, PolicyMeasureUnit unit) => unit switch
    {
        PolicyMeasureUnit.Ratio => Same(Number(value * 100) + "%"),
        PolicyMeasureUnit.Yuan => new PolicyText(Yuan(value), YuanEn(value)),
        PolicyMeasureUnit.Years => new PolicyText(Number(value) + "年", Number(value) + " years"),
        PolicyMeasureUnit.Points => new PolicyText(Number(value) + "分", Number(value) + " points"),
        PolicyMeasureUnit.Level => new PolicyText(Number(value) + "级", "level " + Number(value)),
        _ => Same(Number(value))
    };

    /// <summary>The size of a gap: percentage points for ratios, the unit otherwise.</summary>
    public static PolicyText Gap(decimal gap, PolicyMeasureUnit unit) => unit == PolicyMeasureUnit.Ratio
        ? new PolicyText(Number(gap * 100) + "个百分点", Number(gap * 100) + " percentage points")
        : Value(gap, unit);

    public static PolicyText Comparison(PolicyComparison comparison) => comparison switch
    {
        PolicyComparison.AtLeast => Same("≥"),
        PolicyComparison.AtMost => Same("≤"),
        PolicyComparison.GreaterThan => Same(">"),
        PolicyComparison.LessThan => Same("<"),
        _ => Same("=")
    };

    public static string Number(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", Invariant);

    private static string Yuan(decimal value) => Math.Abs(value) >= 100_000_000m
        ? Number(value / 100_000_000m) + "亿元"
        : Number(value / 10_000m) + "万元";

    private static string YuanEn(decimal value) => Math.Abs(value) >= 1_000_000m
        ? "CNY " + Number(value / 1_000_000m) + " million"
        : "CNY " + Math.Round(value, 0).ToString("#,0", Invariant);

    private static PolicyText Same(string text) => new(text, text);
}
