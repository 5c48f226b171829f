using Cultivation.Permissions;

namespace Cultivation.Identity;

/// <summary>What each seeded role may do on a new installation; administrators change grants afterwards.</summary>
public static class DefaultRoleGrants
{
    public static IReadOnlyDictionary<string, string[]> ByRole { get; } = new Dictionary<string, string[]>
    {
        // Everything but what only an investor does in its institution's name.
        [CultivationRoles.MunicipalAdmin] = CultivationPermissionDefinitionProvider.AllNames.Except([CultivationPermissions.ProfileSearch.ExpressInterest]).ToArray(),
        [CultivationRoles.MunicipalReviewer] =
        [
            CultivationPermissions.Contests.Default, CultivationPermissions.Districts.Default,
            CultivationPermissions.IndustryFields.Default, CultivationPermissions.Enterprises.Default,
            CultivationPermissions.Enterprises.Export, CultivationPermissions.PersonalData,
            CultivationPermissions.Institutions.Default, CultivationPermissions.Imports.Default,
            CultivationPermissions.FollowUps.Default, CultivationPermissions.FollowUps.Coverage,
            CultivationPermissions.Profiles.Default, CultivationPermissions.ProfileSearch.Default,
            CultivationPermissions.Introductions.Default,
            CultivationPermissions.Policies.Default, CultivationPermissions.Policies.Calculate,
            // The city's stages of the pipeline: review, 公示, decision; batches and the funnel. Never the district's steps.
            CultivationPermissions.PolicyApplications.Default, CultivationPermissions.PolicyApplications.MunicipalReview,
            CultivationPermissions.PolicyApplications.Decide, CultivationPermissions.PolicyApplications.ManageBatches,
            CultivationPermissions.PolicyApplications.Funnel
        ],
        [CultivationRoles.DistrictOfficer] =
        [
            CultivationPermissions.Contests.Default, CultivationPermissions.Districts.Default,
            CultivationPermissions.IndustryFields.Default, CultivationPermissions.Enterprises.Default,
            CultivationPermissions.Enterprises.Create, CultivationPermissions.Enterprises.Edit,
            CultivationPermissions.Enterprises.Export, CultivationPermissions.Enterprises.Awards,
            CultivationPermissions.Enterprises.Figures, CultivationPermissions.Enterprises.Contacts,
            CultivationPermissions.PersonalData, CultivationPermissions.Imports.Default,
            CultivationPermissions.Imports.Create, CultivationPermissions.Imports.Revert,
            CultivationPermissions.FollowUps.Default, CultivationPermissions.FollowUps.Manage,
            CultivationPermissions.FollowUps.Services, CultivationPermissions.FollowUps.Coverage,
            CultivationPermissions.Profiles.Default, CultivationPermissions.Profiles.Edit,
            CultivationPermissions.ProfileSearch.Default, CultivationPermissions.Introductions.Default,
            CultivationPermissions.Policies.Default, CultivationPermissions.Policies.Calculate, CultivationPermissions.Policies.Assess,
            // The district's stages: recommend and complete materials, and 初审 (there is no district-level reviewer role:
            // the 区经委 officer checks and recommends, policy-criteria.md §3.1 step 3). Never the city's stages.
            CultivationPermissions.PolicyApplications.Default, CultivationPermissions.PolicyApplications.Recommend,
            CultivationPermissions.PolicyApplications.DistrictReview
        ],
        [CultivationRoles.Investor] =
        [
            CultivationPermissions.Contests.Default, CultivationPermissions.Districts.Default,
            CultivationPermissions.IndustryFields.Default, CultivationPermissions.ProfileSearch.Default,
            CultivationPermissions.ProfileSearch.ExpressInterest, CultivationPermissions.Introductions.Default
        ]
    };

    public static readonly IReadOnlyDictionary<string, string> DisplayNames = new Dictionary<string, string>
    {
        [CultivationRoles.MunicipalAdmin] = "市级管理员",
        [CultivationRoles.MunicipalReviewer] = "市级审核人员",
        [CultivationRoles.DistrictOfficer] = "区中小企业主管部门",
        [CultivationRoles.Investor] = "投资机构 / 银行"
    };
}
