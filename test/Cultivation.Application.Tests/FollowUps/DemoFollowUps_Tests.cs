using Cultivation.Data;
using Cultivation.Districts;
using Cultivation.Dtos;
using Cultivation.FollowUps;
using Cultivation.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cultivation.Application.Tests.FollowUps;

/// <summary>The demo data set a newcomer sees first: every screen of the follow-up module has something to show.</summary>
public abstract class DemoFollowUps_Tests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : CultivationTestFixture
{
    [Fact]
    public async Task Should_give_every_district_winners_and_the_demo_officers_a_worklist_with_history()
    {
        var all = await fixture.CallAsync<IFollowUpPlanAppService, PagedResultDto<FollowUpPlanDto>>(TestPrincipals.Admin,
            s => s.GetWorklistAsync(new GetWorklistInput { MaxResultCount = 1000 }));
        all.Items.Select(p => p.DistrictId).Distinct().Count().ShouldBe(ShanghaiDistricts.All.Count);

        var officer = await DemoOfficerAsync("demo-pudong", ShanghaiDistricts.Pudong.Id);
        var mine = await fixture.CallAsync<IFollowUpPlanAppService, PagedResultDto<FollowUpPlanDto>>(officer,
            s => s.GetWorklistAsync(new GetWorklistInput { Mine = true, MaxResultCount = 1000 }));
        mine.Items.ShouldNotBeEmpty();
        mine.Items.ShouldAllBe(p => p.DistrictId == ShanghaiDistricts.Pudong.Id);
        var today = DateOnly.FromDateTime(CultivationTestFixture.StartTime.UtcDateTime);
        mine.Items.ShouldContain(p => p.DaysOverdue == 0 && p.NextDueDate > today.AddDays(7), "on schedule");
        all.Items.ShouldContain(p => p.DaysOverdue == 0 && p.NextDueDate <= today.AddDays(7), "due this week");
        all.Items.ShouldContain(p => p.DaysOverdue > 0 && p.LastServiceOn != null, "overdue after a contact");
        all.Items.ShouldContain(p => p.LastServiceOn == null, "never served");

        var requests = await fixture.CallAsync<IEnterpriseRequestAppService, PagedResultDto<EnterpriseRequestDto>>(TestPrincipals.Admin,
            s => s.GetListAsync(new GetRequestListInput { MaxResultCount = 1000 }));
        requests.Items.Select(r => r.Status).Distinct().Order().ShouldBe([RequestStatus.Open, RequestStatus.InProgress, RequestStatus.Resolved]);
    }

    [Fact]
    public async Task Should_seed_the_history_once()
    {
        int Count(IServiceProvider sp) => sp.GetRequiredService<Cultivation.EntityFrameworkCore.CultivationDbContext>().Set<ServiceRecord>().Count();
        var before = await fixture.RunAsync(TestPrincipals.Admin, sp => Task.FromResult(Count(sp)));
        await fixture.RunAsync(null, sp => sp.GetRequiredService<CultivationDbMigrationService>().MigrateAsync(new DataSeedContext(IncludeDemoData: true)));
        (await fixture.RunAsync(TestPrincipals.Admin, sp => Task.FromResult(Count(sp)))).ShouldBe(before);
        before.ShouldBeGreaterThan(0);
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> DemoOfficerAsync(string userName, Guid districtId)
    {
        var user = await fixture.RunAsync(null, sp => sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName));
        return TestPrincipals.Create(userName, CultivationRoles.DistrictOfficer, districtId, userId: user!.Id);
    }
}

public sealed class DemoFollowUpsSqliteFixture : SqliteFixture
{
    protected override DataSeedContext SeedContext => new(IncludeDemoData: true);
}

public sealed class DemoFollowUpsMariaDbFixture : MariaDbFixture
{
    protected override DataSeedContext SeedContext => new(IncludeDemoData: true);
}

public sealed class DemoFollowUps_Sqlite_Tests(DemoFollowUpsSqliteFixture fixture) : DemoFollowUps_Tests<DemoFollowUpsSqliteFixture>(fixture);

public sealed class DemoFollowUps_MariaDb_Tests(DemoFollowUpsMariaDbFixture fixture) : DemoFollowUps_Tests<DemoFollowUpsMariaDbFixture>(fixture);
