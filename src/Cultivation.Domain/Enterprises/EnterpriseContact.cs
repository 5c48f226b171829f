using Cultivation.AuditLogging;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.Validation;

namespace Cultivation.Enterprises;

/// <summary>A person to reach at the enterprise. Phone and e-mail are personal data.</summary>
public class EnterpriseContact : AuditedEntity<Guid>, IDistrictScoped, IEnterpriseOwned
{
    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; internal set; }
    public string Name { get; private set; } = null!;
    /// <summary>职务, e.g. 总经理, 董事会秘书.</summary>
    public string? Role { get; private set; }
    [PersonalData(PersonalDataKind.Phone)]
    public string? Phone { get; private set; }
    [PersonalData(PersonalDataKind.Email)]
    public string? Email { get; private set; }
    public bool IsPrimary { get; internal set; }

    private EnterpriseContact()
    {
    }

    internal EnterpriseContact(Guid id, Enterprise enterprise, ContactDetails details) : base(id)
    {
        EnterpriseId = enterprise.Id;
        DistrictId = enterprise.DistrictId;
        Update(details);
    }

    internal void Update(ContactDetails details)
    {
        Name = Check.NotNullOrWhiteSpace(details.Name, "name", EnterpriseContactConsts.MaxNameLength);
        Role = Check.Length(details.Role, "role", EnterpriseContactConsts.MaxRoleLength);
        Phone = Check.Length(details.Phone, "phone", EnterpriseContactConsts.MaxPhoneLength);
        Email = Check.Length(details.Email, "email", EnterpriseContactConsts.MaxEmailLength);
        IsPrimary = details.IsPrimary;
    }
}

public sealed record ContactDetails(string Name, string? Role, string? Phone, string? Email, bool IsPrimary);
