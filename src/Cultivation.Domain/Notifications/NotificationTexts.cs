using System.Globalization;
using Cultivation.Localization;

namespace Cultivation.Notifications;

/// <summary>Texts of notifications and messages, in Chinese: the people they go to work in Chinese.</summary>
public static class NotificationTexts
{
    private static readonly CultureInfo Chinese = new(CultivationResource.DefaultCulture);

    public static string Format(string key, params object[] arguments) =>
        string.Format(Chinese, JsonLocalizationStore.Instance.Find(key, Chinese) ?? key, arguments);
}
