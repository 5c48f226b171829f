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
}

public sealed class IndustryFieldAppService_Sqlite_Tests(SqliteFixture fixture) : IndustryFieldAppService_Tests<SqliteFixture>(fixture);

public sealed class IndustryFieldAppService_MariaDb_Tests(MariaDbFixture fixture) : IndustryFieldAppService_Tests<MariaDbFixture>(fixture);
