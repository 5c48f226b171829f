namespace Cultivation.Users;

/// <summary>Who the current operation runs for: the signed-in user of a request, or the user a job acts on behalf of.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? Id { get; }

    string? UserName { get; }

    /// <summary>The name people know the user by (from the token), else the user name.</summary>
    string? DisplayName { get; }

    /// <summary>
    /// The one district whose records this user may see, or null when the user sees every district.
    /// A district officer without a binding gets <see cref="Guid.Empty"/>, which matches nothing.
    /// </summary>
    Guid? DistrictId { get; }

    /// <summary>The investor institution the user belongs to, for investors.</summary>
    Guid? InstitutionId { get; }

    IReadOnlyList<string> Roles { get; }

    bool IsInRole(string role);
}
