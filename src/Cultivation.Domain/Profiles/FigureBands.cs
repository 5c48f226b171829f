namespace Cultivation.Profiles;

/// <summary>How figures are shown to investors without the enterprise's consent to exact figures.</summary>
public static class FigureBands
{
    public static RevenueBand Revenue(decimal revenue) => revenue switch
    {
        < 5_000_000m => RevenueBand.Under5M,
        < 20_000_000m => RevenueBand.From5MTo20M,
        < 50_000_000m => RevenueBand.From20MTo50M,
        < 100_000_000m => RevenueBand.From50MTo100M,
        < 500_000_000m => RevenueBand.From100MTo500M,
        _ => RevenueBand.From500M
    };

    /// <summary>Growth as a ratio (0.25 = 25 %); a boundary value takes the higher band.</summary>
    public static GrowthBand Growth(decimal growth) => growth switch
    {
        < 0m => GrowthBand.Declining,
        < 0.10m => GrowthBand.Steady,
        < 0.30m => GrowthBand.Growing,
        < 0.50m => GrowthBand.Fast,
        _ => GrowthBand.VeryFast
    };

    /// <summary>Year-on-year growth, or null when either year is missing or the earlier year had no revenue.</summary>
    public static decimal? GrowthOf(decimal? revenue, decimal? previousRevenue) =>
        revenue is { } now && previousRevenue is > 0 and { } before ? Math.Round((now - before) / before, 4) : null;
}
