using Cultivation.AuditLogging;
using Cultivation.Authorization;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.EntityFrameworkCore;
using Cultivation.Exceptions;
using Cultivation.Identity;
using Cultivation.Permissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Application.Tests.AuditLogging;

public abstract class AuditLog_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private Task<int> AuditLogCountAsync() =>
        fixture.RunAsync(null, sp => sp.GetRequiredService<CultivationDbContext>().AuditLogs.CountAsync());

    private async Task<EnterpriseDto> NewCompanyAsync(string name, string code) =>
        await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company, Name = name, CreditCode = code.FixCheck(), DistrictId = TestData.PudongId
        }));

    [Fact]
    public async Task Should_record_who_changed_which_property_from_what_to_what()
    {
        var company = await NewCompanyAsync("审计测试公司", "91310115MA3K000010");
        await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.UpdateAsync(company.Id, new UpdateEnterpriseDto
        {
            Name = "审计测试公司（更名）", CreditCode = company.CreditCode, DistrictId = TestData.PudongId, ConcurrencyStamp = company.ConcurrencyStamp
        }));

        var history = await fixture.CallAsync<IAuditLogAppService, PagedResultDto<EntityChangeDto>>(TestPrincipals.Reviewer,
            s => s.GetEnterpriseHistoryAsync(company.Id, new PagedAndSortedResultRequestDto()));
        history.TotalCount.ShouldBe(2);
        var update = history.Items[0];
        update.ChangeType.ShouldBe(nameof(EntityChangeType.Updated));
        update.UserName.ShouldBe(TestData.Users.PudongOfficer);
        var name = update.PropertyChanges.ShouldHaveSingleItem();
        (name.PropertyName, name.OriginalValue, name.NewValue).ShouldBe(("Name", "审计测试公司", "审计测试公司（更名）"));
        history.Items[1].ChangeType.ShouldBe(nameof(EntityChangeType.Created));

        var logs = await fixture.CallAsync<IAuditLogAppService, PagedResultDto<AuditLogDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetAuditLogListInput { EntityType = "Enterprise", EntityId = company.Id.ToString() }));
        logs.TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task Should_write_no_audit_row_when_the_change_itself_fails()
    {
        var company = await NewCompanyAsync("失败审计公司", "91310115MA3K000020");
        var before = await AuditLogCountAsync();
        await Should.ThrowAsync<ConcurrencyConflictException>(() => fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer,
            s => s.UpdateAsync(company.Id, new UpdateEnterpriseDto
            {
                Name = "不会保存", CreditCode = company.CreditCode, DistrictId = TestData.PudongId, ConcurrencyStamp = "stale"
            })));
        (await AuditLogCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_include_children_in_the_history_and_mask_personal_data_for_readers_without_the_permission()
    {
        var company = await NewCompanyAsync("联系人审计公司", "91310115MA3K000030");
        await fixture.CallAsync<IEnterpriseContactAppService, EnterpriseContactDto>(TestPrincipals.PudongOfficer,
            s => s.CreateAsync(company.Id, new CreateUpdateEnterpriseContactDto { Name = "钱七", Phone = "13987654321", Email = "qian@example.com" }));

        var full = await fixture.CallAsync<IAuditLogAppService, PagedResultDto<EntityChangeDto>>(TestPrincipals.Reviewer,
            s => s.GetEnterpriseHistoryAsync(company.Id, new PagedAndSortedResultRequestDto()));
        var contact = full.Items.First(c => c.EntityType == nameof(EnterpriseContact));
        contact.PropertyChanges.Single(p => p.PropertyName == "Phone").NewValue.ShouldBe("13987654321");

        var observer = await CreateObserverRoleAsync();
        var masked = await fixture.CallAsync<IAuditLogAppService, PagedResultDto<EntityChangeDto>>(observer,
            s => s.GetEnterpriseHistoryAsync(company.Id, new PagedAndSortedResultRequestDto()));
        var maskedPhone = masked.Items.First(c => c.EntityType == nameof(EnterpriseContact)).PropertyChanges.Single(p => p.PropertyName == "Phone");
        maskedPhone.IsPersonalData.ShouldBeTrue();
        maskedPhone.NewValue.ShouldNotBeNull().ShouldNotContain("87654");
    }

    [Fact]
    public async Task Should_not_show_another_districts_history()
    {
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.CallAsync<IAuditLogAppService, PagedResultDto<EntityChangeDto>>(TestPrincipals.PudongOfficer,
            s => s.GetEnterpriseHistoryAsync(fixture.Ids.XuhuiCompany, new PagedAndSortedResultRequestDto())));
        await Should.ThrowAsync<CultivationAuthorizationException>(() => fixture.CallAsync<IAuditLogAppService, PagedResultDto<AuditLogDto>>(TestPrincipals.Reviewer,
            s => s.GetListAsync(new GetAuditLogListInput())));
    }

    [Fact]
    public async Task Should_read_what_to_record_from_attributes_not_from_type_names()
    {
        var user = await fixture.CallAsync<IUserAppService, IdentityUserDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateUserDto
        {
            UserName = "audit-attributes", DisplayName = "审计属性测试", Password = TestData.Password, PhoneNumber = "13911112222",
            Roles = [CultivationRoles.MunicipalReviewer]
        }));
        await fixture.CallAsync<IUserAppService>(TestPrincipals.Admin, s => s.ResetPasswordAsync(user.Id, new ResetPasswordDto { NewPassword = "Another@2024x" }));
        await fixture.RunAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            db.JobRuns.Add(new Cultivation.Jobs.JobRun(Guid.CreateVersion7(), "audit-attribute-test", "test-node", DateTime.UtcNow));
            await db.SaveChangesAsync();
        });

        await fixture.RunAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            var userChanges = db.EntityChanges.Where(c => c.EntityType == nameof(AppUser) && c.EntityId == user.Id.ToString());
            var recorded = await userChanges.SelectMany(c => c.PropertyChanges).ToListAsync();
            recorded.ShouldContain(p => p.PropertyName == "DisplayName");
            recorded.ShouldNotContain(p => p.PropertyName == "PasswordHash" || p.PropertyName == "SecurityStamp" || p.PropertyName == "NormalizedUserName");
            recorded.Single(p => p.PropertyName == "PhoneNumber").IsPersonalData.ShouldBeTrue();
            (await db.EntityChanges.AnyAsync(c => c.EntityType == "JobRun")).ShouldBeFalse();
        });
    }

    [Fact]
    public void Should_mask_phones_emails_and_ids_keeping_their_shape()
    {
        PersonalDataMasker.Mask("13812345678", Cultivation.Validation.PersonalDataKind.Phone).ShouldBe("138****5678");
        PersonalDataMasker.Mask("zhang.wei@example.com", Cultivation.Validation.PersonalDataKind.Email).ShouldBe("z***@example.com");
        PersonalDataMasker.Mask("310101199001011234", Cultivation.Validation.PersonalDataKind.IdNumber).ShouldBe("3101**********1234");
        PersonalDataMasker.Mask("ab", Cultivation.Validation.PersonalDataKind.Other).ShouldBe("**");
    }

    /// <summary>A role that may read enterprises but not personal data (none of the seeded roles is like that).</summary>
    private async Task<System.Security.Claims.ClaimsPrincipal> CreateObserverRoleAsync()
    {
        const string role = "Observer";
        await fixture.RunAsync(null, async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<AppRole>>();
            if (await roles.FindByNameAsync(role) is null)
            {
                await roles.CreateAsync(new AppRole(Guid.CreateVersion7(), role) { DisplayName = "观察员" });
                await sp.GetRequiredService<IPermissionGrantRepository>().ReplaceAsync(PermissionGrant.RoleProvider, role, [CultivationPermissions.Enterprises.Default]);
                await sp.GetRequiredService<CultivationDbContext>().SaveChangesAsync();
            }
        });
        return TestPrincipals.Create("observer", role);
    }
}

public sealed class AuditLog_Sqlite_Tests(SqliteFixture fixture) : AuditLog_Tests<SqliteFixture>(fixture);

public sealed class AuditLog_MariaDb_Tests(MariaDbFixture fixture) : AuditLog_Tests<MariaDbFixture>(fixture);
