using System.ComponentModel.DataAnnotations;

namespace Cultivation.Identity;

public class RoleDto
{
    public Guid Id { get; set; }
    public string Name { get; set; } = null!;
    public string DisplayName { get; set; } = null!;
    public bool IsStatic { get; set; }
}

/// <summary>One permission of the tree with its localized name and whether the role holds it.</summary>
public class PermissionGrantInfoDto
{
    public string Name { get; set; } = null!;
    public string DisplayName { get; set; } = null!;
    public string? ParentName { get; set; }
    public bool IsGranted { get; set; }
    public List<PermissionGrantInfoDto> Children { get; set; } = [];
}

public class PermissionGroupDto
{
    public string Name { get; set; } = null!;
    public string DisplayName { get; set; } = null!;
    public List<PermissionGrantInfoDto> Permissions { get; set; } = [];
}

public class RolePermissionsDto
{
    public string RoleName { get; set; } = null!;
    public List<PermissionGroupDto> Groups { get; set; } = [];
}

public class UpdateRolePermissionsDto
{
    /// <summary>Every permission the role should hold after the update; the rest are revoked.</summary>
    [Required]
    [MaxLength(CultivationConsts.MaxListItems)]
    public List<string> GrantedPermissions { get; set; } = [];
}

public interface IRoleAppService
{
    Task<List<RoleDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<RolePermissionsDto> GetPermissionsAsync(string roleName, CancellationToken cancellationToken = default);

    Task<RolePermissionsDto> UpdatePermissionsAsync(string roleName, UpdateRolePermissionsDto input, CancellationToken cancellationToken = default);
}
