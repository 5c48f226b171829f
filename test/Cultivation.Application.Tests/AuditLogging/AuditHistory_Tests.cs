using System.Globalization;
using System.Text.RegularExpressions;
using Cultivation.Application.Tests.Imports;
using Cultivation.Auditing;
using Cultivation.AuditLogging;
using Cultivation.Contests;
using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.EntityFrameworkCore;
using Cultivation.Imports;
using Cultivation.IndustryFields;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Application.Tests.AuditLogging;

/// <summary>The enterprise's 变更记录 and the 审计日志 as a district officer and an auditor read them, in Chinese.</summary>
public abstract partial class AuditHistory_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();

    private static IDisposable Chinese()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-Hans");
        return new Restore(() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture));
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    private Task<PagedResultDto<EntityChangeDto>> HistoryAsync(Guid enterpriseId) =>
        fixture.CallAsync<IAuditLogAppService, PagedResultDto<EntityChangeDto>>(TestPrincipals.Reviewer,
            s => s.GetEnterpriseHistoryAsync(enterpriseId, new PagedAndSortedResultRequestDto { MaxResultCount = 100 }));

    private static IEnumerable<string?> Texts(EntityChangeDto change) =>
        new[] { change.EntityTypeDisplayName, change.EntityDisplayName, change.ChangeTypeDisplayName, change.ActionDisplayName, change.UserDisplayName }
            .Concat(change.PropertyChanges.SelectMany(p => new[] { p.DisplayName, p.OriginalText, p.NewText }));

    [Fact]
    public async Task Should_render_the_history_with_form_labels_enum_labels_current_names_and_amounts_in_wan()
    {
        using var _ = Chinese();
        var suffix = System.Guid.NewGuid().ToString("N")[..8];
        var field = await fixture.CallAsync<IIndustryFieldAppService, IndustryFieldDto>(TestPrincipals.Admin,
            s => s.CreateAsync(new CreateIndustryFieldDto { Code = $"audit-{suffix}", Name = $"审计领域{suffix}" }));
        var company = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company, Name = $"历史渲染公司{suffix}", CreditCode = ImportSteps.NewCreditCode(), DistrictId = TestData.PudongId
        }));
        await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.UpdateAsync(company.Id, new UpdateEnterpriseDto
        {
            Name = company.Name, CreditCode = company.CreditCode, DistrictId = TestData.PudongId, IndustryFieldId = field.Id, RegisteredCapital = 25_000_000m,
            LeadGender = Gender.Male, ConcurrencyStamp = company.ConcurrencyStamp
        }));
        // Renamed after the change: the history shows the name it has now.
        await fixture.CallAsync<IIndustryFieldAppService, IndustryFieldDto>(TestPrincipals.Admin,
            s => s.UpdateAsync(field.Id, new UpdateIndustryFieldDto { Name = $"更名领域{suffix}", ConcurrencyStamp = field.ConcurrencyStamp }));

        var history = await HistoryAsync(company.Id);

        history.TotalCount.ShouldBe(2);
        var update = history.Items[0];
        (update.EntityTypeDisplayName, update.ChangeTypeDisplayName, update.ActionDisplayName).ShouldBe(("企业", "修改", "修改企业"));
        update.EntityDisplayName.ShouldBe(company.Name);
        update.UserDisplayName.ShouldBe(TestData.Users.PudongOfficer);
        update.PropertyChanges.Single(p => p.PropertyName == nameof(Enterprise.IndustryFieldId)).ShouldSatisfyAllConditions(
            p => p.DisplayName.ShouldBe("行业领域"), p => p.NewText.ShouldBe($"更名领域{suffix}"), p => p.OriginalText.ShouldBeNull());
        update.PropertyChanges.Single(p => p.PropertyName == nameof(Enterprise.RegisteredCapital)).ShouldSatisfyAllConditions(
            p => p.DisplayName.ShouldBe("注册资本"), p => p.NewText.ShouldBe("2,500.00 万元"));
        update.PropertyChanges.Single(p => p.PropertyName == nameof(Enterprise.LeadGender)).ShouldSatisfyAllConditions(
            p => p.DisplayName.ShouldBe("负责人性别"), p => p.NewText.ShouldBe("男"));

        var created = history.Items[1];
        (created.ChangeTypeDisplayName, created.ActionDisplayName).ShouldBe(("新增", "新增企业"));
        created.PropertyChanges.Single(p => p.PropertyName == nameof(Enterprise.DistrictId)).NewText.ShouldBe("浦东新区");
        created.PropertyChanges.Single(p => p.PropertyName == nameof(Enterprise.Kind)).NewText.ShouldBe("企业");
        // Bookkeeping is not shown, and nothing reads like a developer's view: no GUID, no English property name.
        history.Items.SelectMany(c => c.PropertyChanges).Select(p => p.PropertyName)
            .ShouldNotContain(p => p == "IsDeleted" || p == "ConcurrencyStamp" || p == "CreationTime" || p == "CreatorId" || p == "Id");
        history.Items.SelectMany(Texts).OfType<string>().ShouldAllBe(t => !Guid().IsMatch(t) && !Regex.IsMatch(t, "^[A-Z][a-z]+[A-Z]"));
    }

    [Fact]
    public async Task Should_show_a_soft_delete_as_a_deletion_without_the_flag()
    {
        using var _ = Chinese();
        var company = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.MakerTeam, Name = $"删除历史团队{System.Guid.NewGuid():N}"[..16], DistrictId = TestData.PudongId
        }));
        var award = await fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(company.Id, new CreateUpdateAwardRecordDto
        {
            EditionId = TestData.Edition2024Id, Track = ContestTrack.Maker, StageReached = ContestStage.Semifinal, ProjectName = "删除测试项目"
        }));
        await fixture.CallAsync<IAwardRecordAppService>(TestPrincipals.PudongOfficer, s => s.DeleteAsync(company.Id, award.Id));

        var history = await HistoryAsync(company.Id);

        var deleted = history.Items[0];
        (deleted.EntityTypeDisplayName, deleted.ChangeTypeDisplayName).ShouldBe(("获奖记录", "删除"));
        deleted.PropertyChanges.ShouldNotContain(p => p.PropertyName == "IsDeleted");
        var added = history.Items[1];
        added.PropertyChanges.Single(p => p.PropertyName == nameof(AwardRecord.Track)).NewText.ShouldBe("创客组");
        added.PropertyChanges.Single(p => p.PropertyName == nameof(AwardRecord.StageReached)).NewText.ShouldBe("复赛");
        added.PropertyChanges.Single(p => p.PropertyName == nameof(AwardRecord.EditionId)).NewText.ShouldNotBeNull().ShouldNotContain("-");
        // The owner's ids are copies on the award: the enterprise's history does not repeat them.
        added.PropertyChanges.ShouldNotContain(p => p.PropertyName == nameof(AwardRecord.EnterpriseId) || p.PropertyName == nameof(AwardRecord.DistrictId));
    }

    [Fact]
    public async Task Should_name_an_import_and_its_revert_in_the_history()
    {
        using var _ = Chinese();
        var edition = await fixture.NewEditionAsync();
        var code = ImportSteps.NewCreditCode();
        var existing = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.Company, Name = "撤销历史测试有限公司", CreditCode = code, DistrictId = TestData.PudongId, Address = "旧地址"
        }));
        var file = ImportTestFiles.Xlsx(["企业名称", "统一社会信用代码", "所属区", "届次", "组别", "最远赛程", "项目名称", "地址"],
            ["撤销历史测试有限公司", code, "浦东", edition.Year, "企业组", "复赛", "撤销历史项目", "新地址"]);
        var batch = await fixture.CommitAsync(TestPrincipals.Admin, (await fixture.UploadAsync(TestPrincipals.Admin, ImportKind.ContestResults, "历史.xlsx", file)).Id);
        batch.Status.ShouldBe(ImportStatus.Committed);
        (await fixture.RevertAsync(TestPrincipals.Admin, batch.Id)).Status.ShouldBe(ImportStatus.Reverted);

        var history = await HistoryAsync(existing.Id);

        var address = history.Items.Where(c => c.EntityType == nameof(Enterprise) && c.PropertyChanges.Any(p => p.PropertyName == nameof(Enterprise.Address))).ToList();
        address.Count.ShouldBe(3);
        var revert = address[0];
        (revert.Action, revert.ActionDisplayName, revert.ChangeTypeDisplayName).ShouldBe((AuditAction.ImportRevert.Name, "撤销导入", "修改"));
        revert.ImportFileName.ShouldBe("历史.xlsx");
        revert.IsSystem.ShouldBeFalse();
        revert.UserDisplayName.ShouldBe(TestData.Users.Admin);
        var restored = revert.PropertyChanges.Single(p => p.PropertyName == nameof(Enterprise.Address));
        (restored.DisplayName, restored.OriginalText, restored.NewText).ShouldBe(("地址", "新地址", "旧地址"));
        (address[1].Action, address[1].ActionDisplayName).ShouldBe((AuditAction.ImportCommit.Name, "导入"));
        history.Items.ShouldContain(c => c.EntityType == nameof(AwardRecord) && c.ActionDisplayName == "撤销导入" && c.ChangeTypeDisplayName == "删除");
    }

    [Fact]
    public async Task Should_read_a_page_of_history_in_a_few_queries_however_many_records_it_names()
    {
        var company = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.MakerTeam, Name = $"查询次数团队{System.Guid.NewGuid():N}"[..16], DistrictId = TestData.PudongId
        }));
        using var counter = new SqlCommandCounter();
        Task<int> ReadAsync() => counter.CountAsync(() => HistoryAsync(company.Id));
        var few = await ReadAsync();

        // Twenty more entries, each naming an edition, a district, an enterprise and a user.
        for (var i = 0; i < 10; i++)
        {
            var award = await fixture.CallAsync<IAwardRecordAppService, AwardRecordDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(company.Id, new CreateUpdateAwardRecordDto
            {
                EditionId = TestData.Edition2024Id, Track = ContestTrack.Maker, StageReached = ContestStage.Preliminary, ProjectName = $"查询次数项目{i}"
            }));
            await fixture.CallAsync<IAwardRecordAppService>(TestPrincipals.PudongOfficer, s => s.DeleteAsync(company.Id, award.Id));
        }
        var many = await ReadAsync();

        few.ShouldBeLessThanOrEqualTo(12);
        many.ShouldBeLessThanOrEqualTo(few + 2, "one query per referenced type, not per entry");
    }

    [Fact]
    public async Task Should_name_a_granted_permission_as_the_permission_tree_does()
    {
        using var _ = Chinese();
        var investor = Cultivation.Identity.CultivationRoles.Investor;
        var granted = Cultivation.Identity.DefaultRoleGrants.ByRole[investor].Append(Cultivation.Permissions.CultivationPermissions.Enterprises.Export).ToList();
        await fixture.CallAsync<Cultivation.Identity.IRoleAppService, Cultivation.Identity.RolePermissionsDto>(TestPrincipals.Admin,
            s => s.UpdatePermissionsAsync(investor, new Cultivation.Identity.UpdateRolePermissionsDto { GrantedPermissions = granted }));
        await fixture.CallAsync<Cultivation.Identity.IRoleAppService, Cultivation.Identity.RolePermissionsDto>(TestPrincipals.Admin,
            s => s.UpdatePermissionsAsync(investor, new Cultivation.Identity.UpdateRolePermissionsDto { GrantedPermissions = [.. Cultivation.Identity.DefaultRoleGrants.ByRole[investor]] }));

        var logs = await fixture.CallAsync<IAuditLogAppService, PagedResultDto<AuditLogDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetAuditLogListInput { EntityType = "PermissionGrant" }));

        // The grant is gone for good since; it is named by what the change recorded.
        var grant = logs.Items.SelectMany(l => l.EntityChanges).First(c => c.ChangeType == nameof(EntityChangeType.Created) && c.EntityDisplayName == "导出企业");
        grant.EntityTypeDisplayName.ShouldBe("权限授予");
        grant.PropertyChanges.Single(p => p.PropertyName == "Name").NewText.ShouldBe("导出企业");
    }

    [Fact]
    public async Task Should_list_peoples_actions_by_default_and_system_activity_on_request()
    {
        using var _ = Chinese();
        var marker = System.Guid.NewGuid().ToString("N")[..10];
        var company = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.PudongOfficer, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.MakerTeam, Name = $"系统过滤{marker}", DistrictId = TestData.PudongId
        }));
        // A job (no user) changes the same enterprise: system activity.
        await fixture.RunAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            var enterprise = await db.Enterprises.IgnoreQueryFilters().SingleAsync(e => e.Id == company.Id);
            using (sp.GetRequiredService<IAuditingManager>().ForAction(new AuditAction("FollowUps", "FollowUpReminderJob.Execute")))
            {
                enterprise.UpdateProfile(new EnterpriseProfile($"系统过滤{marker}（作业）", null, null, null, null, null, null, Gender.Unknown), new DateOnly(2026, 1, 1));
                await db.SaveChangesAsync();
            }
        });

        Task<PagedResultDto<AuditLogDto>> ListAsync(GetAuditLogListInput input) =>
            fixture.CallAsync<IAuditLogAppService, PagedResultDto<AuditLogDto>>(TestPrincipals.Admin, s => s.GetListAsync(input));
        var people = await ListAsync(new GetAuditLogListInput { EntityType = nameof(Enterprise), EntityId = company.Id.ToString() });
        var everything = await ListAsync(new GetAuditLogListInput { EntityType = nameof(Enterprise), EntityId = company.Id.ToString(), IncludeSystem = true });

        var created = people.Items.ShouldHaveSingleItem();
        created.IsSystem.ShouldBeFalse();
        created.UserDisplayName.ShouldBe(TestData.Users.PudongOfficer);
        created.ActionDisplayName.ShouldBe("新增企业");
        everything.TotalCount.ShouldBe(2);
        var job = everything.Items[0];
        (job.IsSystem, job.UserDisplayName, job.Module, job.ModuleDisplayName, job.ActionDisplayName).ShouldBe((true, "系统", "FollowUps", "跟踪服务", "每日跟踪提醒"));
        (await ListAsync(new GetAuditLogListInput { IncludeSystem = true, Module = "FollowUps", EntityId = company.Id.ToString(), EntityType = nameof(Enterprise) }))
            .Items.ShouldHaveSingleItem().Id.ShouldBe(job.Id);
        (await ListAsync(new GetAuditLogListInput { IncludeSystem = true, Action = "FollowUpReminderJob.Execute", UserId = TestData.Users.PudongOfficerId })).TotalCount.ShouldBe(0);

        var options = await fixture.CallAsync<IAuditLogAppService, AuditLogFilterOptionsDto>(TestPrincipals.Admin, s => s.GetFilterOptionsAsync());
        options.EntityTypes.ShouldContain(o => o.Value == nameof(Enterprise) && o.DisplayName == "企业");
        options.Actions.ShouldContain(o => o.Value == "AwardRecord.Create" && o.DisplayName == "新增获奖记录");
        options.Modules.ShouldContain(o => o.Value == "Imports" && o.DisplayName == "导入");
        options.Users.ShouldContain(o => o.Value == TestData.Users.PudongOfficerId.ToString() && o.DisplayName == TestData.Users.PudongOfficer);
    }
}

public sealed class AuditHistory_Sqlite_Tests(ImportSqliteFixture fixture) : AuditHistory_Tests<ImportSqliteFixture>(fixture);

public sealed class AuditHistory_MariaDb_Tests(ImportMariaDbFixture fixture) : AuditHistory_Tests<ImportMariaDbFixture>(fixture);
