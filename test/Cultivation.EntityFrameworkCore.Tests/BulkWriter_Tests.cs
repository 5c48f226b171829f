using Cultivation.AuditLogging;
using Cultivation.Contests;
using Cultivation.Enterprises;
using Cultivation.Exceptions;
using Cultivation.FollowUps;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.EntityFrameworkCore.Tests;

/// <summary>A bulk-written aggregate gets what a save gives it: the district guard, stamps, its audit and its events' effects.</summary>
public abstract class BulkWriter_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    [Fact]
    public async Task Should_stamp_audit_and_publish_the_events_of_what_it_writes()
    {
        var id = await fixture.RunAsync(TestPrincipals.PudongOfficer, async sp =>
        {
            var enterprise = await NewWinnerAsync(sp, "批量写入测试公司", "91310115MA7B000010".FixCheck(), TestData.PudongId);
            await sp.GetRequiredService<IUnitOfWork>().ExecuteInTransactionAsync(async ct =>
            {
                await sp.GetRequiredService<EfCoreBulkWriter>().InsertAsync([enterprise], cancellationToken: ct);
                await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
            });
            return enterprise.Id;
        });

        await fixture.RunAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            var row = await db.Enterprises.Include(e => e.Awards).SingleAsync(e => e.Id == id);
            row.CreationTime.ShouldBe(CultivationTestFixture.StartTime.UtcDateTime);
            row.CreatorId.ShouldBe(TestData.Users.PudongOfficerId);
            var award = row.Awards.ShouldHaveSingleItem();
            var created = await db.EntityChanges.Where(c => c.ChangeType == EntityChangeType.Created && (c.EntityId == id.ToString() || c.EntityId == award.Id.ToString()))
                .Select(c => c.EntityType).ToListAsync();
            created.ShouldBe([nameof(Enterprise), nameof(AwardRecord)], ignoreOrder: true);
            // The award's event reached its handler: the winner has a follow-up plan, saved by the caller's save.
            (await db.FollowUpPlans.CountAsync(p => p.AwardRecordId == award.Id)).ShouldBe(1);
        });
    }

    [Fact]
    public async Task Should_refuse_to_write_into_another_district_and_write_nothing()
    {
        var code = "91310115MA7B000020".FixCheck();
        // Made where it may be (the manager already refuses an officer another district's record), written by another district's officer.
        var enterprise = await fixture.RunAsync(TestPrincipals.Admin, sp => NewWinnerAsync(sp, "越区批量写入公司", code, TestData.PudongId));
        await fixture.RunAsync(TestPrincipals.XuhuiOfficer, async sp =>
        {
            var error = await Should.ThrowAsync<BusinessException>(() => sp.GetRequiredService<IUnitOfWork>().ExecuteInTransactionAsync(ct =>
                sp.GetRequiredService<EfCoreBulkWriter>().InsertAsync([enterprise], cancellationToken: ct)));
            error.Code.ShouldBe(CultivationDomainErrorCodes.DistrictOutOfScope);
        });
        await fixture.RunAsync(null, async sp =>
            (await sp.GetRequiredService<CultivationDbContext>().Enterprises.IgnoreQueryFilters().AnyAsync(e => e.CreditCode == code)).ShouldBeFalse());
    }

    private static async Task<Enterprise> NewWinnerAsync(IServiceProvider sp, string name, string code, Guid districtId)
    {
        var edition = await sp.GetRequiredService<IContestEditionRepository>().GetAsync(TestData.Edition2024Id);
        var enterprise = await sp.GetRequiredService<EnterpriseManager>().CreateAsync(EnterpriseKind.Company, name, code, districtId);
        enterprise.RecordAward(edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Final, PrizeLevel.Third, "批量写入项目"));
        return enterprise;
    }
}

public sealed class BulkWriter_Sqlite_Tests(SqliteFixture fixture) : BulkWriter_Tests<SqliteFixture>(fixture);

public sealed class BulkWriter_MariaDb_Tests(MariaDbFixture fixture) : BulkWriter_Tests<MariaDbFixture>(fixture);
