namespace Cultivation.Localization;

/// <summary>The one localization resource of Cultivation (texts in Localization/Cultivation/*.json).</summary>
public sealed class CultivationResource
{
    public const string DefaultCulture = "zh-Hans";
    public static readonly string[] SupportedCultures = [DefaultCulture, "en"];
}
