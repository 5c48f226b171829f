using Cultivation.Authorization;
using Cultivation.Exceptions;
using Cultivation.Localization;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Cultivation.Identity;

/// <summary>Roles and their permission grants, shown as the permission tree with localized names.</summary>
[Authorize(CultivationPermissions.Roles.Default)]
public sealed class RoleAppService(
    RoleManager<AppRole> roles,
    IPermissionGrantRepository grants,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    IMemoryCache cache,
    IStringLocalizer<CultivationResource> localizer) : IRoleAppService
{
    /// <summary>Without these the administrators could lock themselves out of administration.</summary>
    private static readonly string[] AdminEssentials =
    [
        CultivationPermissions.Roles.Default, CultivationPermissions.Roles.ManagePermissions,
        CultivationPermissions.Users.Default, CultivationPermissions.Users.Edit
    ];

    public async Task<List<RoleDto>> GetListAsync(CancellationToken cancellationToken = default) =>
        (await executer.ToListAsync(roles.Roles.OrderBy(r => r.Name), cancellationToken))
        .Select(r => new RoleDto { Id = r.Id, Name = r.Name!, DisplayName = RoleDisplayName(r), IsStatic = r.IsStatic })
        .ToList();

    public async Task<RolePermissionsDto> GetPermissionsAsync(string roleName, CancellationToken cancellationToken = default)
    {
        var role = await FindAsync(roleName);
        var granted = (await grants.GetGrantedNamesAsync(PermissionGrant.RoleProvider, [role.Name!], cancellationToken)).ToHashSet();
        var group = CultivationPermissionDefinitionProvider.Group;
        return new RolePermissionsDto
        {
            RoleName = role.Name!,
            Groups =
            [
                new PermissionGroupDto
                {
                    Name = group.Name,
                    DisplayName = localizer[group.DisplayNameKey],
                    Permissions = group.Permissions.Select(p => ToDto(p, granted)).ToList()
                }
            ]
        };
    }

    [Authorize(CultivationPermissions.Roles.ManagePermissions)]
    public async Task<RolePermissionsDto> UpdatePermissionsAsync(string roleName, UpdateRolePermissionsDto input, CancellationToken cancellationToken = default)
    {
        var role = await FindAsync(roleName);
        var unknown = input.GrantedPermissions.FirstOrDefault(p => !CultivationPermissionDefinitionProvider.IsDefined(p));
        if (unknown is not null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.UnknownPermission, "grantedPermissions", unknown);
        }
        if (role.Name == CultivationRoles.MunicipalAdmin && AdminEssentials.Except(input.GrantedPermissions).Any())
        {
            throw new BusinessException(CultivationDomainErrorCodes.AdminMustKeepUserManagement, "grantedPermissions");
        }
        // A child permission is meaningless without its parent: granting a child grants the parent too.
        var all = CultivationPermissionDefinitionProvider.Group.All().ToDictionary(p => p.Name);
        var names = input.GrantedPermissions
            .SelectMany(n => Ancestry(all[n]))
            .ToHashSet();
        await grants.ReplaceAsync(PermissionGrant.RoleProvider, role.Name!, names, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        PermissionChecker.Invalidate(cache, PermissionGrant.RoleProvider, role.Name!);
        return await GetPermissionsAsync(roleName, cancellationToken);
    }

    /// <summary>Seeded roles have localized names ("Role:&lt;Name&gt;"); roles administrators add keep theirs.</summary>
    private string RoleDisplayName(AppRole role)
    {
        var text = localizer["Role:" + role.Name];
        return text.ResourceNotFound ? role.DisplayName : text.Value;
    }

    private PermissionGrantInfoDto ToDto(PermissionDefinition permission, HashSet<string> granted) => new()
    {
        Name = permission.Name,
        DisplayName = localizer[permission.DisplayNameKey],
        ParentName = permission.Parent?.Name,
        IsGranted = granted.Contains(permission.Name),
        Children = permission.Children.Select(c => ToDto(c, granted)).ToList()
    };

    private static IEnumerable<string> Ancestry(PermissionDefinition permission)
    {
        for (var p = permission; p is not null; p = p.Parent)
        {
            yield return p.Name;
        }
    }

    private async Task<AppRole> FindAsync(string roleName) =>
        await roles.FindByNameAsync(roleName) ?? throw new EntityNotFoundException(typeof(AppRole), roleName);
}
