using Cultivation.Districts;
using Cultivation.Dtos;
using Cultivation.Exceptions;
using Cultivation.Localization;
using Cultivation.Matchmaking;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Sorting;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace Cultivation.Identity;

/// <summary>User administration for municipal administrators: accounts, roles, district or institution binding.</summary>
[Authorize(CultivationPermissions.Users.Default)]
public sealed class UserAppService(
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    IUserRoleLookup roleLookup,
    IDistrictRepository districts,
    IInvestorRepository investors,
    IRefreshTokenRepository refreshTokens,
    IAsyncQueryableExecuter executer,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IMemoryCache cache,
    TimeProvider clock) : IUserAppService
{
    public async Task<PagedResultDto<IdentityUserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default)
    {
        var query = users.Users;
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(u => u.UserName!.Contains(filter) || u.DisplayName.Contains(filter));
        }
        if (input.DistrictId is { } districtId)
        {
            query = query.Where(u => u.DistrictId == districtId);
        }
        if (!string.IsNullOrWhiteSpace(input.Role))
        {
            var ids = roleLookup.UsersInRole(input.Role);
            query = query.Where(u => ids.Contains(u.Id));
        }
        var total = await executer.CountAsync(query, cancellationToken);
        var (field, descending) = SortingParser.Parse(input.Sorting, "userName", "userName", "displayName", "creationTime", "lastSignInTime");
        query = field switch
        {
            "displayName" => descending ? query.OrderByDescending(u => u.DisplayName) : query.OrderBy(u => u.DisplayName),
            "creationTime" => descending ? query.OrderByDescending(u => u.CreationTime) : query.OrderBy(u => u.CreationTime),
            "lastSignInTime" => descending ? query.OrderByDescending(u => u.LastSignInTime) : query.OrderBy(u => u.LastSignInTime),
            _ => descending ? query.OrderByDescending(u => u.UserName) : query.OrderBy(u => u.UserName)
        };
        var page = await executer.ToListAsync(query.Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        return new PagedResultDto<IdentityUserDto>(total, await ToDtosAsync(page, cancellationToken));
    }

    public async Task<IdentityUserDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await ToDtosAsync([await FindAsync(id)], cancellationToken))[0];

    [Authorize(CultivationPermissions.Users.Create)]
    public async Task<IdentityUserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken = default)
    {
        await ValidateBindingAsync(input, cancellationToken);
        if (await users.FindByNameAsync(input.UserName) is not null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.UserNameTaken, "userName", input.UserName);
        }
        var user = new AppUser(Guid.CreateVersion7(), input.UserName) { CreationTime = clock.GetUtcNow().UtcDateTime };
        Apply(user, input);
        await unitOfWork.ExecuteInTransactionAsync(async _ =>
        {
            var created = await users.CreateAsync(user, input.Password);
            if (created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                // Taken by a request that ran between the check above and this one (a taken key in the database is a 409 as well).
                throw new BusinessException(CultivationDomainErrorCodes.UserNameTaken, "userName", input.UserName);
            }
            IdentityResults.ThrowIfFailed(created, "password");
            IdentityResults.ThrowIfFailed(await users.AddToRolesAsync(user, input.Roles), "roles");
        }, cancellationToken);
        return await GetAsync(user.Id, cancellationToken);
    }

    [Authorize(CultivationPermissions.Users.Edit)]
    public async Task<IdentityUserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken = default)
    {
        await ValidateBindingAsync(input, cancellationToken);
        var user = await FindAsync(id);
        user.ConcurrencyStamp = string.IsNullOrEmpty(input.ConcurrencyStamp)
            ? throw new BusinessException(CultivationDomainErrorCodes.ConcurrencyStampRequired, "concurrencyStamp")
            : input.ConcurrencyStamp;
        var wasActive = user.IsActive;
        var bindingChanged = user.DistrictId != input.DistrictId || user.InstitutionId != input.InstitutionId;
        Apply(user, input);
        await unitOfWork.ExecuteInTransactionAsync(async ct =>
        {
            var result = await users.UpdateAsync(user);
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            {
                throw new ConcurrencyConflictException("The user was changed by someone else.");
            }
            IdentityResults.ThrowIfFailed(result, "userName");
            var current = await users.GetRolesAsync(user);
            IdentityResults.ThrowIfFailed(await users.RemoveFromRolesAsync(user, current.Except(input.Roles)), "roles");
            IdentityResults.ThrowIfFailed(await users.AddToRolesAsync(user, input.Roles.Except(current)), "roles");
            if ((wasActive && !user.IsActive) || bindingChanged || !current.Order().SequenceEqual(input.Roles.Order()))
            {
                // Access changed: tokens issued under the old access must not be refreshed.
                IdentityResults.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "userName");
                await refreshTokens.RevokeAllOfUserAsync(user.Id, clock.GetUtcNow().UtcDateTime, ct);
            }
        }, cancellationToken);
        // Access tokens are checked against the current access: the old ones stop working with the next request.
        UserAccessStateCache.Evict(cache, id);
        return await GetAsync(id, cancellationToken);
    }

    [Authorize(CultivationPermissions.Users.Edit)]
    public async Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(id);
        await unitOfWork.ExecuteInTransactionAsync(async ct =>
        {
            IdentityResults.ThrowIfFailed(await users.RemovePasswordAsync(user), "newPassword");
            IdentityResults.ThrowIfFailed(await users.AddPasswordAsync(user, input.NewPassword), "newPassword");
            await refreshTokens.RevokeAllOfUserAsync(user.Id, clock.GetUtcNow().UtcDateTime, ct);
        }, cancellationToken);
    }

    [Authorize(CultivationPermissions.Users.Edit)]
    public async Task UnlockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(id);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    }

    [Authorize(CultivationPermissions.Users.Delete)]
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (id == currentUser.Id)
        {
            throw new BusinessException(CultivationDomainErrorCodes.CannotDeleteYourself);
        }
        IdentityResults.ThrowIfFailed(await users.DeleteAsync(await FindAsync(id)), "id");
        UserAccessStateCache.Evict(cache, id);
    }

    private async Task<AppUser> FindAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);

    private static void Apply(AppUser user, UpdateUserDto input)
    {
        user.DisplayName = input.DisplayName.Trim();
        user.Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        user.PhoneNumber = string.IsNullOrWhiteSpace(input.PhoneNumber) ? null : input.PhoneNumber.Trim();
        user.DistrictId = input.DistrictId;
        user.InstitutionId = input.InstitutionId;
        user.IsActive = input.IsActive;
    }

    /// <summary>A district officer is bound to exactly one district, an investor to one institution, and nobody else to either.</summary>
    private async Task ValidateBindingAsync(UpdateUserDto input, CancellationToken cancellationToken)
    {
        foreach (var role in input.Roles)
        {
            if (await roles.FindByNameAsync(role) is null)
            {
                throw new BusinessException(CultivationDomainErrorCodes.UnknownRole, "roles", role);
            }
        }
        var isOfficer = input.Roles.Contains(CultivationRoles.DistrictOfficer);
        var isInvestor = input.Roles.Contains(CultivationRoles.Investor);
        if (isInvestor && input.Roles.Count > 1)
        {
            throw new BusinessException(CultivationDomainErrorCodes.InvestorCannotHoldOtherRoles, "roles");
        }
        if (isOfficer && input.DistrictId is null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.DistrictRequiredForOfficer, "districtId");
        }
        if (!isOfficer && input.DistrictId is not null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.DistrictOnlyForOfficer, "districtId");
        }
        if (isInvestor && input.InstitutionId is null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.InstitutionRequiredForInvestor, "institutionId");
        }
        if (!isInvestor && input.InstitutionId is not null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.InstitutionOnlyForInvestor, "institutionId");
        }
        if (input.DistrictId is { } districtId && await districts.FindAsync(districtId, false, cancellationToken) is null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.DistrictNotFound, "districtId");
        }
        if (input.InstitutionId is { } institutionId && await investors.FindAsync(institutionId, false, cancellationToken) is null)
        {
            throw new BusinessException(CultivationDomainErrorCodes.InstitutionNotFound, "institutionId");
        }
    }

    private async Task<List<IdentityUserDto>> ToDtosAsync(IReadOnlyList<AppUser> page, CancellationToken cancellationToken)
    {
        var rolesByUser = await roleLookup.GetRoleNamesAsync(page.Select(u => u.Id).ToList(), cancellationToken);
        var districtNames = (await districts.GetAllAsync(cancellationToken)).ToDictionary(d => d.Id, d => DisplayLanguage.Pick(d.Name, d.EnglishName));
        var institutionIds = page.Where(u => u.InstitutionId is not null).Select(u => u.InstitutionId!.Value).Distinct().ToList();
        var institutionNames = institutionIds.Count == 0
            ? []
            : (await executer.ToListAsync((await investors.GetQueryableAsync()).Where(i => institutionIds.Contains(i.Id)), cancellationToken))
                .ToDictionary(i => i.Id, i => i.Name);
        return page.Select(u => new IdentityUserDto
        {
            Id = u.Id,
            UserName = u.UserName!,
            DisplayName = u.DisplayName,
            Email = u.Email,
            PhoneNumber = u.PhoneNumber,
            Roles = rolesByUser.GetValueOrDefault(u.Id) ?? [],
            DistrictId = u.DistrictId,
            DistrictName = u.DistrictId is { } d ? districtNames.GetValueOrDefault(d) : null,
            InstitutionId = u.InstitutionId,
            InstitutionName = u.InstitutionId is { } i ? institutionNames.GetValueOrDefault(i) : null,
            IsActive = u.IsActive,
            LockoutEnd = u.LockoutEnd,
            CreationTime = u.CreationTime,
            LastSignInTime = u.LastSignInTime,
            ConcurrencyStamp = u.ConcurrencyStamp!
        }).ToList();
    }
}
