using Cultivation.Auditing;
using Cultivation.Validation;
using PersonalDataAttribute = Cultivation.Validation.PersonalDataAttribute;
using Microsoft.AspNetCore.Identity;

namespace Cultivation.Identity;

/// <summary>A person who signs in: municipal staff, a district officer (bound to one district) or an investor (bound to one institution).</summary>
public class AppUser : IdentityUser<Guid>, IHasCreationTime
{
    public string DisplayName { get; set; } = string.Empty;
    public Guid? DistrictId { get; set; }
    public Guid? InstitutionId { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreationTime { get; set; }

    [DisableAuditing]
    public DateTime? LastSignInTime { get; set; }

    // Identity's own columns, re-declared only to say how the audit treats them.
    [PersonalData(PersonalDataKind.Email)]
    public override string? Email { get => base.Email; set => base.Email = value; }

    [PersonalData(PersonalDataKind.Phone)]
    public override string? PhoneNumber { get => base.PhoneNumber; set => base.PhoneNumber = value; }

    [DisableAuditing]
    public override string? PasswordHash { get => base.PasswordHash; set => base.PasswordHash = value; }

    [DisableAuditing]
    public override string? SecurityStamp { get => base.SecurityStamp; set => base.SecurityStamp = value; }

    [DisableAuditing]
    public override string? NormalizedUserName { get => base.NormalizedUserName; set => base.NormalizedUserName = value; }

    [DisableAuditing]
    public override string? NormalizedEmail { get => base.NormalizedEmail; set => base.NormalizedEmail = value; }

    [DisableAuditing]
    public override int AccessFailedCount { get => base.AccessFailedCount; set => base.AccessFailedCount = value; }

    public AppUser()
    {
    }

    public AppUser(Guid id, string userName)
    {
        Id = id;
        UserName = userName;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }
}

public class AppRole : IdentityRole<Guid>
{
    public string DisplayName { get; set; } = string.Empty;
    /// <summary>Seeded roles cannot be deleted or renamed.</summary>
    public bool IsStatic { get; set; }

    public AppRole()
    {
    }

    public AppRole(Guid id, string name)
    {
        Id = id;
        Name = name;
        NormalizedName = name.ToUpperInvariant();
    }
}
