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

    /// <summary>A retired field stays on the records that use it but is no longer offered for new ones.</summary>
    public void Retire() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
