using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.Districts;

/// <summary>One of Shanghai's 16 administrative districts (GB/T 2260 code), seeded and read-only.</summary>
public class District : AggregateRoot<Guid>
{
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    /// <summary>The name without its suffix (浦东 for 浦东新区), as people write it in spreadsheets.</summary>
    public string ShortName { get; private set; } = null!;
    public string EnglishName { get; private set; } = null!;
    public int DisplayOrder { get; private set; }
    /// <summary>The officer new follow-up plans of the district go to unless another is chosen.</summary>
    public Guid? DefaultOfficerId { get; private set; }
    /// <summary>The district's lead (科室负责人), told when a follow-up is overdue beyond the escalation threshold.</summary>
    public Guid? LeadUserId { get; private set; }

    private District()
    {
    }

    public District(Guid id, string code, string name, string shortName, string englishName, int displayOrder)
        : base(id)
    {
        if (code.Length != Cultivation.Districts.DistrictConsts.CodeLength || !code.All(char.IsAsciiDigit))
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, nameof(Code));
        }
        Code = code;
        Name = Check.NotNullOrWhiteSpace(name, nameof(Name), DistrictConsts.MaxNameLength);
        ShortName = Check.NotNullOrWhiteSpace(shortName, nameof(ShortName), DistrictConsts.MaxNameLength);
        EnglishName = Check.NotNullOrWhiteSpace(englishName, nameof(EnglishName), DistrictConsts.MaxNameLength);
        DisplayOrder = displayOrder;
    }

    public void AssignOfficers(Guid? defaultOfficerId, Guid? leadUserId)
    {
        DefaultOfficerId = defaultOfficerId;
        LeadUserId = leadUserId;
    }
}
