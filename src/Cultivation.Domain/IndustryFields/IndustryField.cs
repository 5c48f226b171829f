using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.IndustryFields;

/// <summary>An industry field (行业领域) of the contest's catalogue; administrators may add, rename or retire fields.</summary>
public class IndustryField : FullAuditedAggregateRoot<Guid>
{
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public string? EnglishName { get; private set; }
    public string? Description { get; private set; }
    /// <summary>Whether the field belongs to 《战略性新兴产业分类》; later eligibility scoring uses it.</summary>
    public bool IsStrategicEmerging { get; private set; }
    public bool IsActive { get; private set; } = true;
    public int DisplayOrder { get; private set; }
    /// <summary>
    /// Other names an organiser's sheet uses for this field (the classification's full name 新一代信息技术产业, 简称,
    /// English); imports match them like the name.
    /// </summary>
    public List<string> Aliases { get; private set; } = [];

    private IndustryField()
    {
    }

    internal IndustryField(Guid id, string code, string name) : base(id)
    {
        Code = Check.NotNullOrWhiteSpace(code, nameof(Code), IndustryFieldConsts.MaxCodeLength);
        Name = Check.NotNullOrWhiteSpace(name, nameof(Name), IndustryFieldConsts.MaxNameLength);
    }

    public void Describe(string name, string? englishName, string? description, bool isStrategicEmerging, int displayOrder)
    {
        Name = Check.NotNullOrWhiteSpace(name, nameof(Name), IndustryFieldConsts.MaxNameLength);
        EnglishName = Check.Length(englishName, nameof(EnglishName), IndustryFieldConsts.MaxNameLength);
        Description = Check.Length(description, nameof(Description), IndustryFieldConsts.MaxDescriptionLength);
        IsStrategicEmerging = isStrategicEmerging;
        DisplayOrder = displayOrder;
    }

    /// <summary>Replaces the other names: trimmed, blanks and repeats (and the field's own name) dropped.</summary>
    public void NameAliases(IEnumerable<string> aliases)
    {
        var kept = new List<string>();
        foreach (var alias in aliases.Select(a => a?.Trim()).Where(a => !string.IsNullOrEmpty(a)))
        {
            Check.Length(alias, nameof(Aliases), IndustryFieldConsts.MaxNameLength);
            if (!kept.Any(k => Imports.ImportText.Key(k) == Imports.ImportText.Key(alias!)) && Imports.ImportText.Key(alias!) != Imports.ImportText.Key(Name))
            {
                kept.Add(alias!);
            }
        }
        if (kept.Count > IndustryFieldConsts.MaxAliases)
        {
            throw new BusinessException(CultivationDomainErrorCodes.IndustryFieldTooManyAliases, "aliases", IndustryFieldConsts.MaxAliases);
        }
        Aliases = kept;
    }

    /// <summary>The name and every alias: what an import recognises this field by.</summary>
    public IEnumerable<string> Names() => new[] { Name, Code, EnglishName }.Concat(Aliases).Where(n => !string.IsNullOrWhiteSpace(n))!;

    /// <summary>A retired field stays on the records that use it but is no longer offered for new ones.</summary>
    public void Retire() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
