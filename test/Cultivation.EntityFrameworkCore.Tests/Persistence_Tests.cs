using Cultivation.Enterprises;
using Cultivation.Exceptions;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.EntityFrameworkCore.Tests;

public abstract class Persistence_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    [Fact]
    public async Task Should_turn_a_unique_key_race_into_a_duplicate_key_error()
    {
        // Two requests pass the "is the code free?" check at the same time; the unique index decides.
        var code = "91310115MA7K000010".FixCheck();
        async Task CreateAsync(string name) => await fixture.RunAsync(TestPrincipals.Admin, async sp =>
        {
            var enterprise = await sp.GetRequiredService<EnterpriseManager>().CreateAsync(EnterpriseKind.Company, name, code, TestData.PudongId);
            await sp.GetRequiredService<IEnterpriseRepository>().InsertAsync(enterprise, autoSave: true);
        });
        await CreateAsync("先到的公司");
        var second = await fixture.RunAsync(TestPrincipals.Admin, async sp =>
        {
            var enterprise = await sp.GetRequiredService<EnterpriseManager>().CreateAsync(EnterpriseKind.Company, "后到的公司", "91310115MA7K000020".FixCheck(), TestData.PudongId);
            await sp.GetRequiredService<IEnterpriseRepository>().InsertAsync(enterprise);
            // Bypass the manager's check, as a concurrent request would have.
            sp.GetRequiredService<CultivationDbContext>().Entry(enterprise).Property(e => e.CreditCode).CurrentValue = code;
            return await Should.ThrowAsync<DuplicateKeyException>(() => sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync());
        });
        second.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_hide_soft_deleted_rows_but_keep_them_with_their_deletion_audit()
    {
        var id = await fixture.CallAsync<IEnterpriseAppService, EnterpriseDto>(TestPrincipals.Admin, s => s.CreateAsync(new CreateEnterpriseDto
        {
            Kind = EnterpriseKind.MakerTeam, Name = "软删除团队", DistrictId = TestData.PudongId
        }));
        await fixture.CallAsync<IEnterpriseAppService>(TestPrincipals.Admin, s => s.DeleteAsync(id.Id));

        await fixture.RunAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            (await db.Enterprises.AnyAsync(e => e.Id == id.Id)).ShouldBeFalse();
            var row = await db.Enterprises.IgnoreQueryFilters().SingleAsync(e => e.Id == id.Id);
            row.IsDeleted.ShouldBeTrue();
            row.DeletionTime.ShouldBe(CultivationTestFixture.StartTime.UtcDateTime);
            row.DeleterId.ShouldNotBeNull();
        });
    }

    [Fact]
    public async Task Should_scope_every_query_of_a_district_officer_to_their_district()
    {
        await fixture.RunAsync(TestPrincipals.XuhuiOfficer, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            (await db.Enterprises.Select(e => e.DistrictId).Distinct().ToListAsync()).ShouldBe([TestData.XuhuiId]);
            (await db.AwardRecords.Select(a => a.DistrictId).Distinct().ToListAsync()).ShouldBe([TestData.XuhuiId]);
            (await db.EnterpriseContacts.CountAsync(c => c.Phone == TestData.PudongPhone)).ShouldBe(0);
            (await db.EnterpriseFigures.CountAsync()).ShouldBe(0);
        });
    }

    [Fact]
    public async Task Should_refuse_a_save_that_writes_into_another_district_whatever_the_code_path()
    {
        await fixture.RunAsync(TestPrincipals.XuhuiOfficer, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            var pudong = await db.Enterprises.IgnoreQueryFilters().Include(e => e.Contacts).SingleAsync(e => e.Id == fixture.Ids.PudongCompany);
            pudong.AddContact(new ContactDetails("越权联系人", null, null, null, false));
            (await Should.ThrowAsync<BusinessException>(() => db.SaveChangesAsync())).Code.ShouldBe(CultivationDomainErrorCodes.DistrictOutOfScope);
        });
    }

    [Fact]
    public async Task Should_read_instants_back_as_utc()
    {
        await fixture.RunAsync(null, async sp =>
        {
            var enterprise = await sp.GetRequiredService<CultivationDbContext>().Enterprises.FirstAsync(e => e.Id == fixture.Ids.PudongCompany);
            enterprise.CreationTime.Kind.ShouldBe(DateTimeKind.Utc);
            enterprise.CreationTime.ShouldBe(CultivationTestFixture.StartTime.UtcDateTime);
        });
    }
}

public sealed class Persistence_Sqlite_Tests(SqliteFixture fixture) : Persistence_Tests<SqliteFixture>(fixture);

public sealed class Persistence_MariaDb_Tests(MariaDbFixture fixture) : Persistence_Tests<MariaDbFixture>(fixture);
