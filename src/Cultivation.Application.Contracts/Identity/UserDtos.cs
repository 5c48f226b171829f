using System.ComponentModel.DataAnnotations;
using Cultivation.Dtos;
using Cultivation.Validation;

namespace Cultivation.Identity;

public class IdentityUserDto : EntityDto<Guid>
{
    public string UserName { get; set; } = null!;
    public string DisplayName { get; set; } = null!;

    [PersonalData(PersonalDataKind.Email)]
    public string? Email { get; set; }

    [PersonalData(PersonalDataKind.Phone)]
    public string? PhoneNumber { get; set; }

    [MaxLength(CultivationConsts.MaxListItems)]

    public List<string> Roles { get; set; } = [];
    public Guid? DistrictId { get; set; }
    public string? DistrictName { get; set; }
    public Guid? InstitutionId { get; set; }
    public string? InstitutionName { get; set; }
    public bool IsActive { get; set; }
    public DateTimeOffset? LockoutEnd { get; set; }
    public DateTime CreationTime { get; set; }
    public DateTime? LastSignInTime { get; set; }
    public string ConcurrencyStamp { get; set; } = null!;
}

public class GetUserListInput : PagedAndSortedResultRequestDto
{
    [StringLength(64)]
    public string? Filter { get; set; }

    [StringLength(64)]
    public string? Role { get; set; }

    public Guid? DistrictId { get; set; }
}

public class UpdateUserDto
{
    [Required]
    [StringLength(64)]
    public string DisplayName { get; set; } = null!;

    [EmailAddress]
    [StringLength(256)]
    public string? Email { get; set; }

    [StringLength(32)]
    [RegularExpression(@"^[0-9+\-() ]{5,32}$")]
    public string? PhoneNumber { get; set; }

    [Required]
    [MinLength(1)]
    [MaxLength(CultivationConsts.MaxListItems)]
    public List<string> Roles { get; set; } = [];

    /// <summary>Required for a district officer, and only for one.</summary>
    public Guid? DistrictId { get; set; }

    /// <summary>Required for an investor, and only for one.</summary>
    public Guid? InstitutionId { get; set; }

    public bool IsActive { get; set; } = true;

    [StringLength(CultivationConsts.MaxConcurrencyStampLength)]

    public string? ConcurrencyStamp { get; set; }
}

public class CreateUserDto : UpdateUserDto
{
    [Required]
    [StringLength(64, MinimumLength = 3)]
    [RegularExpression(@"^[A-Za-z0-9._@-]+$")]
    public string UserName { get; set; } = null!;

    [Required]
    [StringLength(128)]
    public string Password { get; set; } = null!;
}

public class ResetPasswordDto
{
    [Required]
    [StringLength(128)]
    public string NewPassword { get; set; } = null!;
}

public interface IUserAppService
{
    Task<PagedResultDto<IdentityUserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default);

    Task<IdentityUserDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IdentityUserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken = default);

    Task<IdentityUserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken = default);

    Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken cancellationToken = default);

    /// <summary>Ends a lock-out after too many failed sign-ins.</summary>
    Task UnlockAsync(Guid id, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
