using System.Security.Claims;

namespace Cultivation.Users;

public sealed class CurrentUser(ICurrentPrincipalAccessor principalAccessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => principalAccessor.Principal;

    public bool IsAuthenticated => Id is not null;

    public Guid? Id => FindGuid(CultivationClaimTypes.UserId);

    public string? UserName => Principal?.FindFirst(CultivationClaimTypes.UserName)?.Value;

    public string? DisplayName => Principal?.FindFirst(CultivationClaimTypes.DisplayName)?.Value is { Length: > 0 } name ? name : UserName;

    public Guid? DistrictId => FindGuid(CultivationClaimTypes.DistrictId);

    public Guid? InstitutionId => FindGuid(CultivationClaimTypes.InstitutionId);

    public IReadOnlyList<string> Roles =>
        Principal?.FindAll(CultivationClaimTypes.Role).Select(c => c.Value).Distinct().ToArray() ?? [];

    public bool IsInRole(string role) => Principal?.HasClaim(CultivationClaimTypes.Role, role) == true;

    private Guid? FindGuid(string claimType) =>
        Guid.TryParse(Principal?.FindFirst(claimType)?.Value, out var value) ? value : null;
}

public static class CultivationClaimTypes
{
    public const string UserId = "sub";
    public const string UserName = "name";
    public const string Role = "role";
    public const string DistrictId = "district_id";
    public const string InstitutionId = "institution_id";
    public const string DisplayName = "display_name";
    public const string SecurityStamp = "security_stamp";
}
