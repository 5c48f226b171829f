using Cultivation.AuditLogging;
using Cultivation.Contests;
using Cultivation.Enterprises;
using Cultivation.Events;
using Cultivation.FollowUps;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.EntityFrameworkCore.Tests;

/// <summary>
/// Domain events reach their handlers after the save wrote what raised them, inside the same transaction: a handler
/// sees the stored rows, its changes commit with them (in the same audit log), and its failure undoes them.
/// </summary>
public abstract class DomainEvents_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    private AwardProbe Probe => fixture.Services.GetRequiredService<AwardProbe>();

    [Fact]
    public async Task Should_hand_the_events_over_after_the_save_and_record_the_whole_action_in_one_audit_log()
    {
        var enterpriseId = await NewEnterpriseAsync("事件顺序测试公司", "91310115MA7B000110".FixCheck());
        Probe.Reset();

        var awardId = await fixture.RunAsync(TestPrincipals.Admin, async sp =>
        {
            var enterprise = await sp.GetRequiredService<IEnterpriseRepository>().GetAsync(enterpriseId);
            var edition = await sp.GetRequiredService<IContestEditionRepository>().GetAsync(TestData.Edition2024Id);
            var award = enterprise.RecordAward(edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Final, PrizeLevel.Second, "事件项目"));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return award.Id;
        });

        Probe.AwardStoredWhenHandled.ShouldBe(true);
        Probe.HandledInTransaction.ShouldBeTrue();
        await fixture.RunAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            var plan = await db.FollowUpPlans.SingleAsync(p => p.AwardRecordId == awardId);
            var logs = await db.EntityChanges
                .Where(c => c.EntityId == awardId.ToString() || c.EntityId == plan.Id.ToString())
                .Select(c => c.AuditLogId).Distinct().ToListAsync();
            logs.ShouldHaveSingleItem();
        });
    }

    [Fact]
    public async Task Should_undo_the_save_when_a_handler_fails()
    {
        var enterpriseId = await NewEnterpriseAsync("事件回滚测试公司", "91310115MA7B000120".FixCheck());
        Probe.Reset();
        Probe.Fail = true;

        await fixture.RunAsync(TestPrincipals.Admin, async sp =>
        {
            var enterprise = await sp.GetRequiredService<IEnterpriseRepository>().GetAsync(enterpriseId);
            var edition = await sp.GetRequiredService<IContestEditionRepository>().GetAsync(TestData.Edition2024Id);
            enterprise.RecordAward(edition, new AwardDetails(ContestTrack.Enterprise, ContestStage.Final, PrizeLevel.First, "回滚项目"));
            await Should.ThrowAsync<InvalidOperationException>(() => sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync());
        });
        Probe.Fail = false;

        Probe.AwardStoredWhenHandled.ShouldBe(true);
        await fixture.RunAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<CultivationDbContext>();
            (await db.AwardRecords.CountAsync(a => a.EnterpriseId == enterpriseId)).ShouldBe(0);
            (await db.FollowUpPlans.CountAsync(p => p.EnterpriseId == enterpriseId)).ShouldBe(0);
        });
    }

    private Task<Guid> NewEnterpriseAsync(string name, string code) =>
        fixture.RunAsync(TestPrincipals.Admin, async sp =>
        {
            var enterprise = await sp.GetRequiredService<EnterpriseManager>().CreateAsync(EnterpriseKind.Company, name, code, TestData.PudongId);
            await sp.GetRequiredService<IEnterpriseRepository>().InsertAsync(enterprise, autoSave: true);
            return enterprise.Id;
        });
}

/// <summary>What the probe handler saw when it handled an award.</summary>
public sealed class AwardProbe
{
    public bool? AwardStoredWhenHandled { get; set; }
    public bool HandledInTransaction { get; set; }
    public bool Fail { get; set; }

    public void Reset()
    {
        AwardStoredWhenHandled = null;
        HandledInTransaction = false;
        Fail = false;
    }
}

public sealed class AwardProbeHandler(AwardProbe probe, CultivationDbContext db) : IDomainEventHandler<AwardRecordedEvent>
{
    public async Task HandleAsync(IReadOnlyList<AwardRecordedEvent> events, CancellationToken cancellationToken = default)
    {
        var id = events[0].AwardRecordId;
        probe.AwardStoredWhenHandled = await db.AwardRecords.AsNoTracking().AnyAsync(a => a.Id == id, cancellationToken);
        probe.HandledInTransaction = db.Database.CurrentTransaction is not null;
        if (probe.Fail)
        {
            throw new InvalidOperationException("The probe handler fails as asked.");
        }
    }
}

public static class AwardProbeServices
{
    public static void AddAwardProbe(this IServiceCollection services)
    {
        services.AddSingleton<AwardProbe>();
        services.AddScoped<IDomainEventHandler<AwardRecordedEvent>, AwardProbeHandler>();
    }
}

public sealed class DomainEventsSqliteFixture : SqliteFixture
{
    protected override void ConfigureServices(IServiceCollection services) => services.AddAwardProbe();
}

public sealed class DomainEventsMariaDbFixture : MariaDbFixture
{
    protected override void ConfigureServices(IServiceCollection services) => services.AddAwardProbe();
}

public sealed class DomainEvents_Sqlite_Tests(DomainEventsSqliteFixture fixture) : DomainEvents_Tests<DomainEventsSqliteFixture>(fixture);

public sealed class DomainEvents_MariaDb_Tests(DomainEventsMariaDbFixture fixture) : DomainEvents_Tests<DomainEventsMariaDbFixture>(fixture);
