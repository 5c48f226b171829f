using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Cultivation.Localization;

/// <summary>
/// The texts of ABP-style localization files (<c>{ "culture": "en", "texts": { key: text } }</c>) embedded
/// in this assembly, loaded once. Lookup walks the culture's parents and falls back to zh-Hans.
/// </summary>
public sealed class JsonLocalizationStore
{
    public static JsonLocalizationStore Instance { get; } = Load();

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _textsByCulture;

    private JsonLocalizationStore(FrozenDictionary<string, FrozenDictionary<string, string>> textsByCulture) =>
        _textsByCulture = textsByCulture;

    public IReadOnlyCollection<string> Cultures => _textsByCulture.Keys;

    public string? Find(string key, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_textsByCulture.TryGetValue(c.Name, out var texts) && texts.TryGetValue(key, out var text))
            {
                return text;
            }
        }
        return _textsByCulture[CultivationResource.DefaultCulture].GetValueOrDefault(key);
    }

    public IEnumerable<KeyValuePair<string, string>> All(CultureInfo culture)
    {
        var merged = new Dictionary<string, string>(_textsByCulture[CultivationResource.DefaultCulture]);
        var chain = new Stack<CultureInfo>();
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            chain.Push(c);
        }
        foreach (var c in chain)
        {
            if (_textsByCulture.TryGetValue(c.Name, out var texts))
            {
                foreach (var (key, value) in texts)
                {
                    merged[key] = value;
                }
            }
        }
        return merged;
    }

    private static JsonLocalizationStore Load()
    {
        var assembly = typeof(JsonLocalizationStore).Assembly;
        var result = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Cultivation.Localization.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<LocalizationFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                       ?? throw new InvalidOperationException($"Localization resource {name} is empty.");
            result[file.Culture] = file.Texts.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return new JsonLocalizationStore(result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private sealed record LocalizationFile(string Culture, Dictionary<string, string> Texts);
}
