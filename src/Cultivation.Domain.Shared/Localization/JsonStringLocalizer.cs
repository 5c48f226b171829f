using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Cultivation.Localization;

public sealed class JsonStringLocalizer(JsonLocalizationStore store) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = store.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        store.All(CultureInfo.CurrentUICulture).Select(kv => new LocalizedString(kv.Key, kv.Value));
}

public sealed class JsonStringLocalizer<T>(IStringLocalizerFactory factory) : IStringLocalizer<T>
{
    private readonly IStringLocalizer _inner = factory.Create(typeof(T));

    public LocalizedString this[string name] => _inner[name];

    public LocalizedString this[string name, params object[] arguments] => _inner[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _inner.GetAllStrings(includeParentCultures);
}

/// <summary>One JSON resource serves every type: Cultivation has a single localization resource.</summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer = new(JsonLocalizationStore.Instance);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
