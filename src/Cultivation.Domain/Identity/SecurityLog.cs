using Cultivation.Auditing;
using Cultivation.Entities;

namespace Cultivation.Identity;

/// <summary>A sign-in related event (success, failure, lock-out, refresh, sign-out), kept for the audit.</summary>
[DisableAuditing]
public class SecurityLog : Entity<Guid>
{
    public Guid? UserId { get; private set; }
    public string UserName { get; private set; } = null!;
    public SecurityLogAction Action { get; private set; }
    public string? ClientIp { get; private set; }
    public string? UserAgent { get; private set; }
    public DateTime CreationTime { get; private set; }

    private SecurityLog()
    {
    }

    public SecurityLog(Guid id, Guid? userId, string userName, SecurityLogAction action, string? clientIp, string? userAgent, DateTime now) : base(id)
    {
        UserId = userId;
        UserName = userName.Length > 256 ? userName[..256] : userName;
        Action = action;
        ClientIp = clientIp;
        UserAgent = userAgent is { Length: > 512 } ? userAgent[..512] : userAgent;
        CreationTime = now;
    }
}

public enum SecurityLogAction
{
    SignInSucceeded = 1,
    SignInFailed = 2,
    LockedOut = 3,
    TokenRefreshed = 4,
    SignedOut = 5,
    PasswordChanged = 6,
    RefreshTokenReused = 7
}
