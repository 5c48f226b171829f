using System.Security.Cryptography;
using Cultivation.Data;
using Cultivation.Districts;
using Cultivation.Exceptions;
using Cultivation.Matchmaking;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cultivation.Identity;

/// <summary>
/// The four roles with their default grants (only for a role that has none yet), the first administrator
/// (password from configuration, or generated and printed once), and in demo mode one user per role.
/// </summary>
public sealed class IdentityDataSeedContributor(
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    IPermissionGrantRepository grants,
    IInvestorRepository investors,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    IOptions<IdentitySeedOptions> options,
    ILogger<IdentityDataSeedContributor> logger) : IDataSeedContributor
{
    public static readonly Guid DemoInvestorId = Guid.Parse("00000000-0000-7000-8000-00000000a001");

    public int Order => 40;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        await SeedRolesAsync(cancellationToken);
        await SeedAdministratorAsync();
        if (context.IncludeDemoData)
        {
            await SeedDemoUsersAsync(cancellationToken);
        }
    }

    private async Task SeedRolesAsync(CancellationToken cancellationToken)
    {
        foreach (var name in CultivationRoles.All)
        {
            if (await roles.FindByNameAsync(name) is null)
            {
                var role = new AppRole(Guid.CreateVersion7(), name) { DisplayName = DefaultRoleGrants.DisplayNames[name], IsStatic = true };
                Succeeded(await roles.CreateAsync(role));
            }
            var granted = await grants.GetGrantedNamesAsync(PermissionGrant.RoleProvider, [name], cancellationToken);
            if (granted.Count == 0)
            {
                await grants.ReplaceAsync(PermissionGrant.RoleProvider, name, DefaultRoleGrants.ByRole[name], cancellationToken);
            }
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedAdministratorAsync()
    {
        var settings = options.Value;
        if (await users.FindByNameAsync(settings.AdminUserName) is not null)
        {
            return;
        }
        var password = string.IsNullOrWhiteSpace(settings.AdminPassword) ? GeneratePassword() : settings.AdminPassword;
        await CreateUserAsync(settings.AdminUserName, "系统管理员", password, CultivationRoles.MunicipalAdmin, null, null);
        if (string.IsNullOrWhiteSpace(settings.AdminPassword))
        {
            // Printed once, on the run that creates the administrator; it is stored only as a hash.
            logger.LogWarning("Created administrator '{UserName}' with generated password: {Password} (change it after signing in)",
                settings.AdminUserName, password);
        }
    }

    private async Task SeedDemoUsersAsync(CancellationToken cancellationToken)
    {
        if (await investors.FindAsync(DemoInvestorId, cancellationToken: cancellationToken) is null)
        {
            await investors.InsertAsync(new Investor(DemoInvestorId, "浦江创新投资（演示）", InvestorKind.VentureCapital), true, cancellationToken);
        }
        var password = options.Value.DemoPassword;
        await CreateDemoUserAsync("demo-admin", "演示·市级管理员", password, CultivationRoles.MunicipalAdmin, null, null);
        await CreateDemoUserAsync("demo-reviewer", "演示·市级审核", password, CultivationRoles.MunicipalReviewer, null, null);
        await CreateDemoUserAsync("demo-pudong", "演示·浦东新区专员", password, CultivationRoles.DistrictOfficer, ShanghaiDistricts.Pudong.Id, null);
        await CreateDemoUserAsync("demo-xuhui", "演示·徐汇区专员", password, CultivationRoles.DistrictOfficer, ShanghaiDistricts.Xuhui.Id, null);
        await CreateDemoUserAsync("demo-investor", "演示·投资机构", password, CultivationRoles.Investor, null, DemoInvestorId);
    }

    private async Task CreateDemoUserAsync(string userName, string displayName, string password, string role, Guid? districtId, Guid? institutionId)
    {
        if (await users.FindByNameAsync(userName) is null)
        {
            await CreateUserAsync(userName, displayName, password, role, districtId, institutionId);
        }
    }

    private async Task CreateUserAsync(string userName, string displayName, string password, string role, Guid? districtId, Guid? institutionId)
    {
        var user = new AppUser(Guid.CreateVersion7(), userName)
        {
            DisplayName = displayName,
            DistrictId = districtId,
            InstitutionId = institutionId,
            CreationTime = clock.GetUtcNow().UtcDateTime
        };
        Succeeded(await users.CreateAsync(user, password));
        Succeeded(await users.AddToRoleAsync(user, role));
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new BusinessException(CultivationDomainErrorCodes.ValidationFailed, null, string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>16 characters from upper, lower and digits, with at least one of each (meets the password rules).</summary>
    private static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789";
        var all = upper + lower + digits;
        var chars = new char[16];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        for (var i = 3; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
