using System.ComponentModel.DataAnnotations;

namespace Cultivation.Identity;

public class TokenRequestDto
{
    [Required]
    [StringLength(256)]
    public string UserName { get; set; } = null!;

    [Required]
    [StringLength(128)]
    public string Password { get; set; } = null!;
}

public class RefreshTokenRequestDto
{
    [Required]
    [StringLength(256)]
    public string RefreshToken { get; set; } = null!;
}

/// <summary>A bearer access token (short-lived JWT) and a refresh token to get the next one.</summary>
public class TokenResultDto
{
    public string AccessToken { get; set; } = null!;
    public string TokenType { get; set; } = "Bearer";
    /// <summary>Seconds until the access token expires.</summary>
    public int ExpiresIn { get; set; }
    public string RefreshToken { get; set; } = null!;
    public DateTime RefreshTokenExpiresAt { get; set; }
}

public class ChangePasswordDto
{
    [Required]
    [StringLength(128)]
    public string CurrentPassword { get; set; } = null!;

    [Required]
    [StringLength(128)]
    public string NewPassword { get; set; } = null!;
}

public class CurrentUserDto
{
    public Guid Id { get; set; }
    public string UserName { get; set; } = null!;
    public string DisplayName { get; set; } = null!;
    public IReadOnlyList<string> Roles { get; set; } = [];
    public Guid? DistrictId { get; set; }
    public string? DistrictName { get; set; }
    public Guid? InstitutionId { get; set; }
    public string? InstitutionName { get; set; }
}

public class GrantedPermissionsDto
{
    public IReadOnlyList<string> Granted { get; set; } = [];
}

public interface IAccountAppService
{
    Task<TokenResultDto> SignInAsync(TokenRequestDto input, CancellationToken cancellationToken = default);

    Task<TokenResultDto> RefreshAsync(RefreshTokenRequestDto input, CancellationToken cancellationToken = default);

    Task SignOutAsync(RefreshTokenRequestDto input, CancellationToken cancellationToken = default);

    Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default);

    Task<CurrentUserDto> GetCurrentUserAsync(CancellationToken cancellationToken = default);
}

public interface IPermissionAppService
{
    Task<GrantedPermissionsDto> GetGrantedAsync(CancellationToken cancellationToken = default);
}
