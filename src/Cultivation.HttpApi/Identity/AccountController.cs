using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Cultivation.Identity;

[ApiController]
[Authorize]
[Route("api/app/account")]
public sealed class AccountController(IAccountAppService service) : ControllerBase
{
    public const string SignInRateLimitPolicy = "sign-in";
    public const string RefreshRateLimitPolicy = "token-refresh";

    /// <summary>Signs in with user name and password; answers an access token and a refresh token.</summary>
    [AllowAnonymous]
    [EnableRateLimiting(SignInRateLimitPolicy)]
    [HttpPost("token")]
    public Task<TokenResultDto> SignInAsync(TokenRequestDto input, CancellationToken cancellationToken) => service.SignInAsync(input, cancellationToken);

    /// <summary>Trades a refresh token for a new pair; the old refresh token stops working.</summary>
    [AllowAnonymous]
    [EnableRateLimiting(RefreshRateLimitPolicy)]
    [HttpPost("refresh")]
    public Task<TokenResultDto> RefreshAsync(RefreshTokenRequestDto input, CancellationToken cancellationToken) => service.RefreshAsync(input, cancellationToken);

    [AllowAnonymous]
    [EnableRateLimiting(RefreshRateLimitPolicy)]
    [HttpPost("sign-out")]
    public Task SignOutAsync(RefreshTokenRequestDto input, CancellationToken cancellationToken) => service.SignOutAsync(input, cancellationToken);

    [HttpPost("change-password")]
    public Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken) => service.ChangePasswordAsync(input, cancellationToken);

    [HttpGet("me")]
    public Task<CurrentUserDto> GetCurrentUserAsync(CancellationToken cancellationToken) => service.GetCurrentUserAsync(cancellationToken);
}
