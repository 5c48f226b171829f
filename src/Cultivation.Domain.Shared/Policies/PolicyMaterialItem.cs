using System.ComponentModel.DataAnnotations;

namespace Cultivation.Policies;

/// <summary>
/// One item of a programme's materials checklist (申报材料清单): a code, its names, whether 初审 needs it, and where the
/// requirement comes from (a source tag of policy-criteria.md), or <see cref="Unverified"/> when no source names it.
/// </summary>
public sealed record PolicyMaterialItem
{
    [Required, StringLength(PolicyApplicationConsts.MaxMaterialCodeLength)]
    public string Code { get; init; } = null!;
    [Required, StringLength(PolicyApplicationConsts.MaxMaterialNameLength)]
    public string Name { get; init; } = null!;
    [Required, StringLength(PolicyApplicationConsts.MaxMaterialNameLength)]
    public string EnglishName { get; init; } = null!;
    public bool Required { get; init; }
    /// <summary>The source tag ([S13], …) or a short note; null when none.</summary>
    [StringLength(PolicyApplicationConsts.MaxMaterialSourceLength)]
    public string? Source { get; init; }
    /// <summary>No consulted source lists this item for this programme: it is the usual practice, to be confirmed.</summary>
    public bool Unverified { get; init; }
}
