using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Exceptions;
using Cultivation.IndustryFields;

namespace Cultivation.Application.Tests.IndustryFields;

public abstract class IndustryFieldAppService_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private Task<T> AsAdmin<T>(Func<IIndustryFieldAppService, Task<T>> call) => fixture.CallAsync(TestPrincipals.Admin, call);

    [Fact]
    public async Task Should_seed_the_strategic_emerging_industries_and_other()
    {
        var fields = await AsAdmin(s => s.GetListAsync(new GetIndustryFieldListInput()));
        fields.Items.Count(f => f.IsStrategicEmerging).ShouldBe(9);
        fields.Items.ShouldContain(f => f.Code == "99" && f.Name == "其他" && !f.IsStrategicEmerging);
    }

    [Fact]
    public async Task Should_create_retire_and_delete_a_field_but_not_delete_one_in_use()
    {
        var field = await AsAdmin(s => s.CreateAsync(new CreateIndustryFieldDto { Code = "T1", Name = "测试领域", DisplayOrder = 50 }));
        (await Should.ThrowAsync<BusinessException>(() => AsAdmin(s => s.CreateAsync(new CreateIndustryFieldDto { Code = "T1", Name = "重复" }))))
            .Code.ShouldBe(CultivationDomainErrorCodes.IndustryFieldCodeAlreadyExists);

        var enterprise = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.MakerTeam, Name = "用该领域的团队", DistrictId = TestData.XuhuiId, IndustryFieldId = field.Id
        }));
        enterprise.IndustryFieldName.ShouldBe("测试领域");
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<IIndustryFieldAppService>(TestPrincipals.Admin, s => s.DeleteAsync(field.Id))))
            .Code.ShouldBe(CultivationDomainErrorCodes.IndustryFieldInUse);

        await AsAdmin(s => s.UpdateAsync(field.Id, new UpdateIndustryFieldDto { Name = "测试领域", IsActive = false, ConcurrencyStamp = field.ConcurrencyStamp }));
        (await AsAdmin(s => s.GetListAsync(new GetIndustryFieldListInput()))).Items.ShouldNotContain(f => f.Id == field.Id);
        (await AsAdmin(s => s.GetListAsync(new GetIndustryFieldListInput { IncludeInactive = true }))).Items.ShouldContain(f => f.Id == field.Id);

        var unused = await AsAdmin(s => s.CreateAsync(new CreateIndustryFieldDto { Code = "T2", Name = "无人使用" }));
        await fixture.CallAsync<IIndustryFieldAppService>(TestPrincipals.Admin, s => s.DeleteAsync(unused.Id));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdmin(s => s.GetAsync(unused.Id)));
    }

    [Fact]
    public async Task Should_seed_shanghais_systems_mapped_to_national_categories_awaiting_confirmation()
    {
        var locals = await fixture.CallAsync<ILocalIndustryAppService, ListResultDto<LocalIndustryDto>>(TestPrincipals.Reviewer, s => s.GetListAsync(new GetIndustryFieldListInput()));

        locals.Items.Where(l => l.Group == "三大先导产业").Select(l => l.Name).ShouldBe(["集成电路", "生物医药", "人工智能"]);
        locals.Items.Count(l => l.Group == "六大重点产业").ShouldBe(6);
        locals.Items.Count(l => l.Group == "四大新赛道").ShouldBe(4);
        locals.Items.Count(l => l.Group == "五大未来产业").ShouldBe(5);
        locals.Items.Single(l => l.Name == "集成电路").IndustryFieldId.ShouldBe(IndustryFieldDataSeedContributor.SeedId("01"));
        locals.Items.Where(l => l.Code.StartsWith("SH", StringComparison.Ordinal)).ShouldAllBe(l => !l.MappingConfirmed && l.Source != null);
        (await AsAdmin(s => s.GetListAsync(new GetIndustryFieldListInput()))).Items.Single(f => f.Code == "05").Aliases.ShouldContain("新能源汽车产业");
    }

    [Fact]
    public async Task Should_keep_one_meaning_per_name_across_aliases_and_shanghais_names()
    {
        var materials = (await AsAdmin(s => s.GetListAsync(new GetIndustryFieldListInput()))).Items.Single(f => f.Code == "03");
        UpdateIndustryFieldDto Aliases(params string[] aliases) => new()
        {
            Name = materials.Name, EnglishName = materials.EnglishName, IsStrategicEmerging = true, DisplayOrder = materials.DisplayOrder,
            Aliases = [.. aliases], ConcurrencyStamp = materials.ConcurrencyStamp
        };

        var taken = await Should.ThrowAsync<BusinessException>(() => AsAdmin(s => s.UpdateAsync(materials.Id, Aliases("材料", "集成 电路"))));
        taken.Code.ShouldBe(CultivationDomainErrorCodes.IndustryNameTaken);
        (await Should.ThrowAsync<BusinessException>(() => AsAdmin(s => s.UpdateAsync(materials.Id, Aliases("新一代信息技术产业")))))
            .Code.ShouldBe(CultivationDomainErrorCodes.IndustryNameTaken);
        var saved = await AsAdmin(s => s.UpdateAsync(materials.Id, Aliases("材料", "材料 ", "先进材料", "")));
        saved.Aliases.ShouldBe(["材料", "先进材料"]);

        var local = await fixture.CallAsync<ILocalIndustryAppService, LocalIndustryDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateLocalIndustryDto
        {
            Code = "T-QI", Name = "量子信息测试", System = "测试体系", IndustryFieldId = IndustryFieldDataSeedContributor.SeedId("01")
        }));
        local.MappingConfirmed.ShouldBeFalse();
        var confirmed = await fixture.CallAsync<ILocalIndustryAppService, LocalIndustryDto>(TestPrincipals.Admin, s => s.UpdateAsync(local.Id, new UpdateLocalIndustryDto
        {
            Name = local.Name, System = local.System, IndustryFieldId = IndustryFieldDataSeedContributor.SeedId("06"), MappingConfirmed = true, ConcurrencyStamp = local.ConcurrencyStamp
        }));
        confirmed.IndustryFieldName.ShouldBe("新能源");
        confirmed.MappingConfirmed.ShouldBeTrue();
        (await Should.ThrowAsync<BusinessException>(() => fixture.CallAsync<ILocalIndustryAppService, LocalIndustryDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateLocalIndustryDto
        {
            Code = "T-QI2", Name = "材料", System = "测试体系", IndustryFieldId = IndustryFieldDataSeedContributor.SeedId("01")
        })))).Code.ShouldBe(CultivationDomainErrorCodes.IndustryNameTaken);
    }
}

public sealed class IndustryFieldAppService_Sqlite_Tests(SqliteFixture fixture) : IndustryFieldAppService_Tests<SqliteFixture>(fixture);

public sealed class IndustryFieldAppService_MariaDb_Tests(MariaDbFixture fixture) : IndustryFieldAppService_Tests<MariaDbFixture>(fixture);
