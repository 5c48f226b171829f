using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.IndustryFields;

/// <summary>
/// A name in one of Shanghai's own industry systems ("3+6" 新型产业体系, 四大新赛道, 五大未来产业), kept beside the national
/// catalogue and mapped to the national category that reports and policy rules read. Shanghai re-cuts its system every
/// few years, so each entry names its system and source; the seeded mapping is a starting point an administrator confirms.
/// </summary>
public class LocalIndustry : FullAuditedAggregateRoot<Guid>
{
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    /// <summary>The system it belongs to, e.g. 上海“3+6”新型产业体系.</summary>
    public string System { get; private set; } = null!;
    /// <summary>Its group inside the system, e.g. 三大先导产业.</summary>
    public string? Group { get; private set; }
    /// <summary>The document that names it.</summary>
    public string? Source { get; private set; }
    /// <summary>The national category (《战略性新兴产业分类（2018）》) it counts as.</summary>
    public Guid IndustryFieldId { get; private set; }
    /// <summary>Whether an administrator has confirmed the mapping to the national category.</summary>
    public bool MappingConfirmed { get; private set; }
    public bool IsActive { get; private set; } = true;
    public int DisplayOrder { get; private set; }

    private LocalIndustry()
    {
    }

    internal LocalIndustry(Guid id, string code, string name, string system, Guid industryFieldId) : base(id)
    {
        Code = Check.NotNullOrWhiteSpace(code, "code", IndustryFieldConsts.MaxCodeLength);
        Describe(name, system, null, null, 0);
        IndustryFieldId = industryFieldId;
    }

    public void Describe(string name, string system, string? group, string? source, int displayOrder)
    {
        Name = Check.NotNullOrWhiteSpace(name, "name", IndustryFieldConsts.MaxNameLength);
        System = Check.NotNullOrWhiteSpace(system, "system", IndustryFieldConsts.MaxSystemLength);
        Group = Check.Length(group, "group", IndustryFieldConsts.MaxGroupLength);
        Source = Check.Length(source, "source", IndustryFieldConsts.MaxSourceLength);
        DisplayOrder = displayOrder;
    }

    /// <summary>Maps it to a national category, confirmed by an administrator or still to be confirmed.</summary>
    internal void MapTo(IndustryField field, bool confirmed)
    {
        IndustryFieldId = field.Id;
        MappingConfirmed = confirmed;
    }

    public void Retire() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
