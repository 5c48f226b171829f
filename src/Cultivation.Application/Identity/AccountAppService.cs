using Cultivation.AuditLogging;
using Cultivation.Districts;
using Cultivation.Exceptions;
using Cultivation.Localization;
using Cultivation.Matchmaking;
using Cultivation.Repositories;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cultivation.Identity;

/// <summary>
/// Sign-in with a password (lock-out after repeated failures), refresh-token rotation with reuse
/// detection, sign-out, password change. Every outcome is written to the security log.
/// </summary>
[Authorize]
public sealed class AccountAppService(
    UserManager<AppUser> users,
    IRefreshTokenRepository refreshTokens,
    ISecurityLogRepository securityLogs,
    IDistrictRepository districts,
    IInvestorRepository investors,
    AccessTokenIssuer tokenIssuer,
    ICurrentUser currentUser,
    IAuditRequestInfoProvider requestInfo,
    IUnitOfWork unitOfWork,
    IOptions<JwtOptions> jwtOptions,
    IUserSignInStore signIns,
    TimeProvider clock) : IAccountAppService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [AllowAnonymous]
    public async Task<TokenResultDto> SignInAsync(TokenRequestDto input, CancellationToken cancellationToken = default)
    {
        // An unknown name, a wrong password and a locked account answer alike — the same code and message after
        // the same work (one password hash) — so the answer does not tell which user names exist. The security
        // log still records which it was.
        var user = await users.FindByNameAsync(input.UserName.Trim());
        if (user is null)
        {
            VerifyAgainstDummyHash(input.Password);
            await LogAsync(null, input.UserName, SecurityLogAction.SignInFailed, cancellationToken);
            throw new BusinessException(CultivationDomainErrorCodes.InvalidCredentials);
        }
        if (await users.IsLockedOutAsync(user))
        {
            // Not the real check: while locked, a right password must not be told from a wrong one.
            VerifyAgainstDummyHash(input.Password);
            await LogAsync(user, SecurityLogAction.LockedOut, cancellationToken);
            throw new BusinessException(CultivationDomainErrorCodes.InvalidCredentials);
        }
        if (!await users.CheckPasswordAsync(user, input.Password))
        {
            await users.AccessFailedAsync(user);
            await LogAsync(user, await users.IsLockedOutAsync(user) ? SecurityLogAction.LockedOut : SecurityLogAction.SignInFailed, cancellationToken);
            throw new BusinessException(CultivationDomainErrorCodes.InvalidCredentials);
        }
        if (!user.IsActive)
        {
            // Only someone who knows the password learns that the account exists and is disabled.
            await LogAsync(user, SecurityLogAction.SignInFailed, cancellationToken);
            throw new BusinessException(CultivationDomainErrorCodes.UserDisabled);
        }
        await signIns.RecordSignInAsync(user.Id, Now, cancellationToken);
        var result = await IssueAsync(user, Guid.CreateVersion7(), cancellationToken);
        await LogAsync(user, SecurityLogAction.SignInSucceeded, cancellationToken);
        return result;
    }

    [AllowAnonymous]
    public async Task<TokenResultDto> RefreshAsync(RefreshTokenRequestDto input, CancellationToken cancellationToken = default)
    {
        var stored = await refreshTokens.FindByHashAsync(AccessTokenIssuer.Hash(input.RefreshToken), cancellationToken)
                     ?? throw new BusinessException(CultivationDomainErrorCodes.InvalidRefreshToken);
        var user = await users.FindByIdAsync(stored.UserId.ToString());
        if (stored.ReplacedById is not null)
        {
            // A rotated token came back: someone holds a copy. End the whole chain.
            await refreshTokens.RevokeFamilyAsync(stored.FamilyId, Now, cancellationToken);
            await LogAsync(user, SecurityLogAction.RefreshTokenReused, cancellationToken);
            throw new BusinessException(CultivationDomainErrorCodes.InvalidRefreshToken);
        }
        if (!stored.IsActive(Now) || user is null || !user.IsActive || await users.IsLockedOutAsync(user))
        {
            throw new BusinessException(CultivationDomainErrorCodes.InvalidRefreshToken);
        }
        var result = await IssueAsync(user, stored.FamilyId, cancellationToken, replacing: stored);
        await LogAsync(user, SecurityLogAction.TokenRefreshed, cancellationToken);
        return result;
    }

    [AllowAnonymous]
    public async Task SignOutAsync(RefreshTokenRequestDto input, CancellationToken cancellationToken = default)
    {
        var stored = await refreshTokens.FindByHashAsync(AccessTokenIssuer.Hash(input.RefreshToken), cancellationToken);
        if (stored is null)
        {
            return;
        }
        await refreshTokens.RevokeFamilyAsync(stored.FamilyId, Now, cancellationToken);
        await LogAsync(await users.FindByIdAsync(stored.UserId.ToString()), SecurityLogAction.SignedOut, cancellationToken);
    }

    public async Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default)
    {
        var user = await GetCurrentAppUserAsync();
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        IdentityResults.ThrowIfFailed(result, "newPassword");
        await refreshTokens.RevokeAllOfUserAsync(user.Id, Now, cancellationToken);
        await LogAsync(user, SecurityLogAction.PasswordChanged, cancellationToken);
    }

    public async Task<CurrentUserDto> GetCurrentUserAsync(CancellationToken cancellationToken = default)
    {
        var user = await GetCurrentAppUserAsync();
        var district = user.DistrictId is { } districtId ? await districts.FindAsync(districtId, false, cancellationToken) : null;
        var institution = user.InstitutionId is { } institutionId ? await investors.FindAsync(institutionId, false, cancellationToken) : null;
        return new CurrentUserDto
        {
            Id = user.Id,
            UserName = user.UserName!,
            DisplayName = user.DisplayName,
            Roles = (await users.GetRolesAsync(user)).Order().ToList(),
            DistrictId = user.DistrictId,
            DistrictName = district is null ? null : DisplayLanguage.Pick(district.Name, district.EnglishName),
            InstitutionId = user.InstitutionId,
            InstitutionName = institution?.Name
        };
    }

    private async Task<TokenResultDto> IssueAsync(AppUser user, Guid familyId, CancellationToken cancellationToken, RefreshToken? replacing = null)
    {
        var (accessToken, expiresIn) = tokenIssuer.Issue(user, (await users.GetRolesAsync(user)).ToList());
        var (refreshToken, hash) = AccessTokenIssuer.NewRefreshToken();
        var expiresAt = Now.AddDays(jwtOptions.Value.RefreshTokenDays);
        var next = new RefreshToken(Guid.CreateVersion7(), user.Id, hash, familyId, Now, expiresAt);
        replacing?.ReplaceWith(next, Now);
        await refreshTokens.InsertAsync(next, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new TokenResultDto { AccessToken = accessToken, ExpiresIn = expiresIn, RefreshToken = refreshToken, RefreshTokenExpiresAt = expiresAt };
    }

    /// <summary>A hash of a random password, made once with the configured hasher, to spend a real verification's time on.</summary>
    private static string? _dummyHash;

    private void VerifyAgainstDummyHash(string password)
    {
        var dummy = new AppUser();
        _dummyHash ??= users.PasswordHasher.HashPassword(dummy, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        users.PasswordHasher.VerifyHashedPassword(dummy, _dummyHash, password);
    }

    private async Task<AppUser> GetCurrentAppUserAsync() =>
        await users.FindByIdAsync(currentUser.Id!.Value.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), currentUser.Id);

    private Task LogAsync(AppUser? user, SecurityLogAction action, CancellationToken cancellationToken) =>
        LogAsync(user, user?.UserName ?? string.Empty, action, cancellationToken);

    private Task LogAsync(AppUser? user, string userName, SecurityLogAction action, CancellationToken cancellationToken)
    {
        var request = requestInfo.Current;
        return securityLogs.InsertAsync(new SecurityLog(Guid.CreateVersion7(), user?.Id, userName, action, request?.ClientIp, request?.UserAgent, Now), cancellationToken);
    }
}
