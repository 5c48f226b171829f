using Cultivation.Authorization;
using Cultivation.Exceptions;
using Cultivation.Identity;
using Cultivation.Permissions;

namespace Cultivation.Application.Tests.Identity;

public abstract class UserAndRoleAppService_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private static CreateUserDto Officer(string userName, Guid? districtId) => new()
    {
        UserName = userName, DisplayName = userName, Password = TestData.Password, Roles = [CultivationRoles.DistrictOfficer], DistrictId = districtId
    };

    [Fact]
    public async Task Should_bind_officers_to_a_district_and_investors_to_an_institution_only()
    {
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin,
            s => s.CreateAsync(Officer("no-district", null))))).Code.ShouldBe(CultivationDomainErrorCodes.DistrictRequiredForOfficer);
        var reviewer = Officer("reviewer-with-district", TestData.PudongId);
        reviewer.Roles = [CultivationRoles.MunicipalReviewer];
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin,
            s => s.CreateAsync(reviewer)))).Code.ShouldBe(CultivationDomainErrorCodes.DistrictOnlyForOfficer);
        var investor = Officer("investor-no-institution", null);
        investor.Roles = [CultivationRoles.Investor];
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin,
            s => s.CreateAsync(investor)))).Code.ShouldBe(CultivationDomainErrorCodes.InstitutionRequiredForInvestor);

        var created = await fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin, s => s.CreateAsync(Officer("new-officer", TestData.XuhuiId)));
        created.DistrictName.ShouldBe("徐汇区");
        created.Roles.ShouldBe([CultivationRoles.DistrictOfficer]);
    }

    [Fact]
    public async Task Should_leave_nothing_behind_when_creating_a_user_fails_half_way()
    {
        var input = Officer("half-way", TestData.PudongId);
        input.Roles = [CultivationRoles.DistrictOfficer];
        input.Password = "short";
        await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin, s => s.CreateAsync(input)));
        (await fixture.CallAsync<IUserAppService, Cultivation.Dtos.PagedResultDto<IdentityUserDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetUserListInput { Filter = "half-way" }))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_let_only_user_administrators_manage_users()
    {
        await Should.ThrowAsync<CultivationAuthorizationException>(() => fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.PudongOfficer,
            s => s.CreateAsync(Officer("sneaky", TestData.PudongId))));
        await Should.ThrowAsync<CultivationAuthorizationException>(() => fixture.CallAsync<IUserAppService, Cultivation.Dtos.PagedResultDto<IdentityUserDto>>(
            TestPrincipals.Reviewer, s => s.GetListAsync(new GetUserListInput())));
    }

    [Fact]
    public async Task Should_show_the_permission_tree_and_apply_a_changed_grant_at_once()
    {
        var tree = await fixture.CallAsync<IRoleAppService, RolePermissionsDto>(TestPrincipals.Admin, s => s.GetPermissionsAsync(CultivationRoles.MunicipalReviewer));
        var enterprises = tree.Groups.Single().Permissions.Single(p => p.Name == CultivationPermissions.Enterprises.Default);
        enterprises.DisplayName.ShouldBe("企业");
        enterprises.IsGranted.ShouldBeTrue();
        enterprises.Children.Single(c => c.Name == CultivationPermissions.Enterprises.Export).IsGranted.ShouldBeTrue();

        var granted = tree.Groups.Single().Permissions.SelectMany(Flatten).Where(p => p.IsGranted).Select(p => p.Name)
            .Where(n => n != CultivationPermissions.Enterprises.Export).ToList();
        await fixture.CallAsync<IRoleAppService, RolePermissionsDto>(TestPrincipals.Admin,
            s => s.UpdatePermissionsAsync(CultivationRoles.MunicipalReviewer, new UpdateRolePermissionsDto { GrantedPermissions = granted }));
        try
        {
            var reviewerGrants = await fixture.CallAsync<IPermissionAppService, GrantedPermissionsDto>(TestPrincipals.Reviewer, s => s.GetGrantedAsync());
            reviewerGrants.Granted.ShouldNotContain(CultivationPermissions.Enterprises.Export);
            reviewerGrants.Granted.ShouldContain(CultivationPermissions.Enterprises.Default);
        }
        finally
        {
            granted.Add(CultivationPermissions.Enterprises.Export);
            await fixture.CallAsync<IRoleAppService, RolePermissionsDto>(TestPrincipals.Admin,
                s => s.UpdatePermissionsAsync(CultivationRoles.MunicipalReviewer, new UpdateRolePermissionsDto { GrantedPermissions = granted }));
        }
    }

    [Fact]
    public async Task Should_not_let_administrators_lock_themselves_out_or_grant_unknown_permissions()
    {
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IRoleAppService, RolePermissionsDto>(TestPrincipals.Admin,
            s => s.UpdatePermissionsAsync(CultivationRoles.MunicipalAdmin, new UpdateRolePermissionsDto { GrantedPermissions = [CultivationPermissions.Enterprises.Default] }))))
            .Code.ShouldBe(CultivationDomainErrorCodes.AdminMustKeepUserManagement);
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IRoleAppService, RolePermissionsDto>(TestPrincipals.Admin,
            s => s.UpdatePermissionsAsync(CultivationRoles.Investor, new UpdateRolePermissionsDto { GrantedPermissions = ["Cultivation.Everything"] }))))
            .Code.ShouldBe(CultivationDomainErrorCodes.UnknownPermission);
    }

    [Fact]
    public async Task Should_give_investors_no_access_to_enterprises()
    {
        var granted = await fixture.CallAsync<IPermissionAppService, GrantedPermissionsDto>(TestPrincipals.Investor, s => s.GetGrantedAsync());
        granted.Granted.ShouldNotContain(p => p.StartsWith(CultivationPermissions.Enterprises.Default, StringComparison.Ordinal));
        granted.Granted.ShouldNotContain(CultivationPermissions.PersonalData);
    }

    private static IEnumerable<PermissionGrantInfoDto> Flatten(PermissionGrantInfoDto p) => p.Children.SelectMany(Flatten).Prepend(p);
}

public sealed class UserAndRoleAppService_Sqlite_Tests(SqliteFixture fixture) : UserAndRoleAppService_Tests<SqliteFixture>(fixture);

public sealed class UserAndRoleAppService_MariaDb_Tests(MariaDbFixture fixture) : UserAndRoleAppService_Tests<MariaDbFixture>(fixture);
