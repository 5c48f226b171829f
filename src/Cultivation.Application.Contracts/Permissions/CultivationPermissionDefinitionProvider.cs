namespace Cultivation.Permissions;

/// <summary>The permission tree, as ABP's definition provider builds it. Later modules add their branch here.</summary>
public static class CultivationPermissionDefinitionProvider
{
    public static PermissionGroupDefinition Group { get; } = Define();

    public static IReadOnlySet<string> AllNames { get; } = Group.All().Select(p => p.Name).ToHashSet();

    public static bool IsDefined(string name) => AllNames.Contains(name);

    private static PermissionGroupDefinition Define()
    {
        var group = new PermissionGroupDefinition(CultivationPermissions.GroupName);

        var contests = group.AddPermission(CultivationPermissions.Contests.Default);
        contests.AddChild(CultivationPermissions.Contests.Create);
        contests.AddChild(CultivationPermissions.Contests.Edit);
        contests.AddChild(CultivationPermissions.Contests.Delete);

        var districts = group.AddPermission(CultivationPermissions.Districts.Default);
        districts.AddChild(CultivationPermissions.Districts.Manage);

        var followUps = group.AddPermission(CultivationPermissions.FollowUps.Default);
        followUps.AddChild(CultivationPermissions.FollowUps.Manage);
        followUps.AddChild(CultivationPermissions.FollowUps.Services);
        followUps.AddChild(CultivationPermissions.FollowUps.Policies);
        followUps.AddChild(CultivationPermissions.FollowUps.Calendar);
        followUps.AddChild(CultivationPermissions.FollowUps.Coverage);

        var jobs = group.AddPermission(CultivationPermissions.Jobs.Default);
        jobs.AddChild(CultivationPermissions.Jobs.Trigger);

        var fields = group.AddPermission(CultivationPermissions.IndustryFields.Default);
        fields.AddChild(CultivationPermissions.IndustryFields.Create);
        fields.AddChild(CultivationPermissions.IndustryFields.Edit);
        fields.AddChild(CultivationPermissions.IndustryFields.Delete);

        var enterprises = group.AddPermission(CultivationPermissions.Enterprises.Default);
        enterprises.AddChild(CultivationPermissions.Enterprises.Create);
        enterprises.AddChild(CultivationPermissions.Enterprises.Edit);
        enterprises.AddChild(CultivationPermissions.Enterprises.Delete);
        enterprises.AddChild(CultivationPermissions.Enterprises.Export);
        enterprises.AddChild(CultivationPermissions.Enterprises.Awards);
        enterprises.AddChild(CultivationPermissions.Enterprises.Figures);
        enterprises.AddChild(CultivationPermissions.Enterprises.Contacts);

        var policies = group.AddPermission(CultivationPermissions.Policies.Default);
        policies.AddChild(CultivationPermissions.Policies.ManageRules);
        policies.AddChild(CultivationPermissions.Policies.Calculate);
        policies.AddChild(CultivationPermissions.Policies.Assess);

        var applications = group.AddPermission(CultivationPermissions.PolicyApplications.Default);
        applications.AddChild(CultivationPermissions.PolicyApplications.Recommend);
        applications.AddChild(CultivationPermissions.PolicyApplications.DistrictReview);
        applications.AddChild(CultivationPermissions.PolicyApplications.MunicipalReview);
        applications.AddChild(CultivationPermissions.PolicyApplications.Decide);
        applications.AddChild(CultivationPermissions.PolicyApplications.ManageBatches);
        applications.AddChild(CultivationPermissions.PolicyApplications.Funnel);

        var imports = group.AddPermission(CultivationPermissions.Imports.Default);
        imports.AddChild(CultivationPermissions.Imports.Create);
        imports.AddChild(CultivationPermissions.Imports.Revert);

        group.AddPermission(CultivationPermissions.PersonalData);

        var users = group.AddPermission(CultivationPermissions.Users.Default);
        users.AddChild(CultivationPermissions.Users.Create);
        users.AddChild(CultivationPermissions.Users.Edit);
        users.AddChild(CultivationPermissions.Users.Delete);

        var roles = group.AddPermission(CultivationPermissions.Roles.Default);
        roles.AddChild(CultivationPermissions.Roles.ManagePermissions);

        group.AddPermission(CultivationPermissions.AuditLogs.Default);

        var institutions = group.AddPermission(CultivationPermissions.Institutions.Default);
        institutions.AddChild(CultivationPermissions.Institutions.Manage);

        var profiles = group.AddPermission(CultivationPermissions.Profiles.Default);
        profiles.AddChild(CultivationPermissions.Profiles.Edit);
        profiles.AddChild(CultivationPermissions.Profiles.ManageIndex);
        var search = group.AddPermission(CultivationPermissions.ProfileSearch.Default);
        search.AddChild(CultivationPermissions.ProfileSearch.ExpressInterest);

        group.AddPermission(CultivationPermissions.Introductions.Default);

        return group;
    }
}
