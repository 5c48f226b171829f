using System.Globalization;

namespace Cultivation.Localization;

/// <summary>Catalogue names (districts, industry fields) come in Chinese and English; readers get the one of their language.</summary>
public static class DisplayLanguage
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string chinese, string? english) => IsEnglish && !string.IsNullOrEmpty(english) ? english : chinese;
}
