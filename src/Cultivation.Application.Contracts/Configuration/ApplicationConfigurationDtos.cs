using System.ComponentModel.DataAnnotations;

namespace Cultivation.Configuration;

public class GetApplicationConfigurationInput
{
    /// <summary>zh-Hans (the default) or en; a culture the server has no texts for falls back to zh-Hans.</summary>
    [StringLength(ApplicationConfigurationConsts.MaxCultureLength)]
    public string? Culture { get; set; }
}

/// <summary>
/// What the client needs from the server to show the server's words, as ABP's application-configuration
/// endpoint serves it: the localized texts of <see cref="ApplicationConfigurationConsts.ServedPrefixes"/>
/// and the permission tree with localized names. The same for every user; the version changes only with the texts.
/// </summary>
public class ApplicationConfigurationDto
{
    /// <summary>The culture whose texts these are (zh-Hans or en).</summary>
    public string Culture { get; set; } = null!;

    /// <summary>A hash of everything below: equal versions mean equal content (also the response's ETag).</summary>
    public string Version { get; set; } = null!;

    /// <summary>Key → localized text, e.g. "Enum:PrizeLevel.First" → 一等奖.</summary>
    public Dictionary<string, string> Texts { get; set; } = [];

    public List<PermissionGroupDefinitionDto> PermissionGroups { get; set; } = [];
}

public class PermissionGroupDefinitionDto
{
    public string Name { get; set; } = null!;
    public string DisplayName { get; set; } = null!;
    public List<PermissionDefinitionDto> Permissions { get; set; } = [];
}

public class PermissionDefinitionDto
{
    public string Name { get; set; } = null!;
    public string DisplayName { get; set; } = null!;
    public List<PermissionDefinitionDto> Children { get; set; } = [];
}

public static class ApplicationConfigurationConsts
{
    public const int MaxCultureLength = 16;

    /// <summary>The localization keys the client reads from the server (the rest are the server's own messages).</summary>
    public static readonly string[] ServedPrefixes = ["Enum:", "DisplayName:", "Permission:", "Role:"];
}

public interface IApplicationConfigurationAppService
{
    Task<ApplicationConfigurationDto> GetAsync(GetApplicationConfigurationInput input, CancellationToken cancellationToken = default);
}
