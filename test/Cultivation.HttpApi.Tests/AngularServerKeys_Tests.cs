using System.Globalization;
using System.Text.RegularExpressions;
using Cultivation.Localization;

namespace Cultivation.HttpApi.Tests;

/// <summary>
/// The Angular client shows the server's labels by key ('DisplayName:CreditCode' | t, enumLabel: 'PrizeLevel'); a key
/// the server does not have would show on screen as the key. Every key and enum the client names must have a text in
/// zh-Hans and en.
/// </summary>
public sealed partial class AngularServerKeys_Tests
{
    [Fact]
    public void Should_have_a_server_text_in_both_languages_for_every_key_the_client_names()
    {
        var missing = new SortedSet<string>();
        foreach (var (file, source) in ClientSources())
        {
            foreach (Match match in KeyLiteral().Matches(source))
            {
                var key = match.Groups[1].Value;
                if (!HasText(key))
                {
                    missing.Add($"{key} ({file})");
                }
            }
        }
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Should_have_server_labels_for_every_enum_the_client_labels()
    {
        var keys = JsonLocalizationStore.Instance.All(CultureInfo.GetCultureInfo("en")).Select(kv => kv.Key).ToList();
        var names = ClientSources()
            .SelectMany(s => EnumLabelPipe().Matches(s.Source).Concat(EnumLabelCall().Matches(s.Source)))
            .Select(m => m.Groups[1].Value)
            .ToHashSet();
        names.ShouldNotBeEmpty();
        names.Where(n => !keys.Any(k => k.StartsWith(n == "Role" ? "Role:" : $"Enum:{n}.", StringComparison.Ordinal)))
            .ShouldBeEmpty("enums the client labels but the server does not name");
    }

    private static bool HasText(string key) =>
        JsonLocalizationStore.Instance.Find(key, CultureInfo.GetCultureInfo(CultivationResource.DefaultCulture)) is not null
        && JsonLocalizationStore.Instance.All(CultureInfo.GetCultureInfo("en")).Any(kv => kv.Key == key);

    private static IEnumerable<(string File, string Source)> ClientSources()
    {
        var app = Path.Combine(RepositoryPaths.Root, "angular", "src", "app");
        return Directory.EnumerateFiles(app, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".ts", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
                        && !f.EndsWith(".spec.ts", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}proxy{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(app, f), File.ReadAllText(f)));
    }

    /// <summary>A whole key in quotes: 'DisplayName:CreditCode', 'Enum:FollowUpStatus.Paused' (not a template like `DisplayName:${…}`).</summary>
    [GeneratedRegex(@"'((?:Enum|DisplayName|Permission|Role):[A-Za-z0-9_.]+)'")]
    private static partial Regex KeyLiteral();

    [GeneratedRegex(@"\|\s*enumLabel:\s*'(\w+)'")]
    private static partial Regex EnumLabelPipe();

    [GeneratedRegex(@"enumLabel\(\s*'(\w+)'")]
    private static partial Regex EnumLabelCall();
}
