using System.Security.Claims;
using Cultivation.Identity;
using Cultivation.Users;

namespace Cultivation;

/// <summary>Principals shaped like the ones the access token produces, for tests below the HTTP layer.</summary>
public static class TestPrincipals
{
    public static ClaimsPrincipal Admin => Create(TestData.Users.Admin, CultivationRoles.MunicipalAdmin);

    public static ClaimsPrincipal Reviewer => Create(TestData.Users.Reviewer, CultivationRoles.MunicipalReviewer, userId: TestData.Users.ReviewerId);

    public static ClaimsPrincipal PudongOfficer =>
        Create(TestData.Users.PudongOfficer, CultivationRoles.DistrictOfficer, TestData.PudongId, userId: TestData.Users.PudongOfficerId);

    public static ClaimsPrincipal XuhuiOfficer =>
        Create(TestData.Users.XuhuiOfficer, CultivationRoles.DistrictOfficer, TestData.XuhuiId, userId: TestData.Users.XuhuiOfficerId);

    public static ClaimsPrincipal Investor =>
        Create(TestData.Users.Investor, CultivationRoles.Investor, institutionId: TestData.InvestorInstitutionId, userId: TestData.Users.InvestorId);

    public static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    public static ClaimsPrincipal Create(string userName, string role, Guid? districtId = null, Guid? institutionId = null, Guid? userId = null)
    {
        var claims = new List<Claim>
        {
            new(CultivationClaimTypes.UserId, (userId ?? Guid.NewGuid()).ToString()),
            new(CultivationClaimTypes.UserName, userName),
            new(CultivationClaimTypes.Role, role)
        };
        if (districtId is { } district)
        {
            claims.Add(new Claim(CultivationClaimTypes.DistrictId, district.ToString()));
        }
        if (institutionId is { } institution)
        {
            claims.Add(new Claim(CultivationClaimTypes.InstitutionId, institution.ToString()));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test", CultivationClaimTypes.UserName, CultivationClaimTypes.Role));
    }
}
