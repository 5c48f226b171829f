using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cultivation.Localization;
using Cultivation.Permissions;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.Configuration;

/// <summary>
/// The server's labels and permission tree for the client, so the client keeps no copy of either. Signed-in
/// users only: nothing before sign-in needs them, and the permission tree is a map of the API that anonymous
/// callers have no use for. The texts are embedded and never change while the process runs, so each culture's
/// answer is built once; every node builds the same answer and the same version.
/// </summary>
[Authorize]
public sealed class ApplicationConfigurationAppService : IApplicationConfigurationAppService
{
    private static readonly ConcurrentDictionary<string, ApplicationConfigurationDto> ByCulture = new(StringComparer.Ordinal);

    public Task<ApplicationConfigurationDto> GetAsync(GetApplicationConfigurationInput input, CancellationToken cancellationToken = default)
    {
        var culture = Resolve(input.Culture ?? CultureInfo.CurrentUICulture.Name);
        return Task.FromResult(ByCulture.GetOrAdd(culture, Build));
    }

    /// <summary>The supported culture for a requested name: itself, else its nearest parent (zh-CN → zh-Hans, en-GB → en), else zh-Hans.</summary>
    public static string Resolve(string requested)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(requested.Trim());
        }
        catch (CultureNotFoundException)
        {
            return CultivationResource.DefaultCulture;
        }
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            var supported = CultivationResource.SupportedCultures.FirstOrDefault(s => string.Equals(s, c.Name, StringComparison.OrdinalIgnoreCase));
            if (supported is not null)
            {
                return supported;
            }
        }
        return CultivationResource.DefaultCulture;
    }

    private static ApplicationConfigurationDto Build(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var store = JsonLocalizationStore.Instance;
        string Text(string key) => store.Find(key, culture) ?? key;

        var texts = store.All(culture)
            .Where(kv => ApplicationConfigurationConsts.ServedPrefixes.Any(p => kv.Key.StartsWith(p, StringComparison.Ordinal)))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

        PermissionDefinitionDto ToDto(PermissionDefinition p) => new()
        {
            Name = p.Name,
            DisplayName = Text(p.DisplayNameKey),
            Children = p.Children.Select(ToDto).ToList()
        };
        var group = CultivationPermissionDefinitionProvider.Group;
        var result = new ApplicationConfigurationDto
        {
            Culture = cultureName,
            Texts = texts,
            PermissionGroups =
            [
                new PermissionGroupDefinitionDto { Name = group.Name, DisplayName = Text(group.DisplayNameKey), Permissions = group.Permissions.Select(ToDto).ToList() }
            ]
        };
        var content = JsonSerializer.SerializeToUtf8Bytes(result);
        result.Version = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
        return result;
    }
}
