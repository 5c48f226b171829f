using Cultivation.Auditing;
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
    public DateTime? LastSignInTime { get; set; }

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
