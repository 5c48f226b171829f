using Cultivation.Auditing;
using Cultivation.Data;
using Cultivation.Districts;
using Cultivation.Identity;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Cultivation.FollowUps;

/// <summary>
/// Demo mode only: a believable follow-up history around today, so the worklist, coverage, timeline and inbox
/// show what they are for. The demo officers become default officer and lead of 浦东新区 and 徐汇区 and take
/// their districts' plans; most plans have services (some recent, some late), a few fall due this week, a few
/// are overdue or were never served, and requests are open, in progress or resolved. Deterministic for a given
/// day; seeds only while no service has been logged.
/// </summary>
public sealed class DemoFollowUpSeedContributor(
    IFollowUpPlanRepository plans,
    IServiceRecordRepository services,
    IEnterpriseRequestRepository requests,
    IDistrictRepository districts,
    UserManager<AppUser> users,
    WorkingDayCalendarProvider calendarProvider,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    IAuditingManager auditing,
    TimeProvider clock,
    ILogger<DemoFollowUpSeedContributor> logger) : IDataSeedContributor
{
    /// <summary>Enough for every screen; a 100,000-enterprise benchmark database keeps its seeding time.</summary>
    public const int MaxPlansWithHistory = 5000;
    private const int ChunkSize = 1000;

    private static readonly (ServiceCategory Category, string Summary, string Outcome)[] Contacts =
    [
        (ServiceCategory.Financing, "走访了解融资需求，介绍区级科创贷产品", "企业计划下季度申请贷款"),
        (ServiceCategory.PolicyGuidance, "电话辅导专精特新申报条件", "企业将准备申报材料"),
        (ServiceCategory.IndustryMatchmaking, "组织参加产业链对接会", "与两家链主企业建立联系"),
        (ServiceCategory.Training, "邀请参加数字化转型训练营", "企业派两名骨干参加"),
        (ServiceCategory.Talent, "线上沟通人才公寓及落户政策", "已提交人才公寓申请"),
        (ServiceCategory.Promotion, "协助准备宣传推介材料", "纳入区级优秀企业宣传名单")
    ];

    private static readonly (ServiceCategory Category, string Description)[] Asks =
    [
        (ServiceCategory.Financing, "希望对接银行知识产权质押贷款"),
        (ServiceCategory.Incubation, "需要扩大办公及研发场地"),
        (ServiceCategory.Talent, "招聘高级研发人员遇到困难"),
        (ServiceCategory.PolicyGuidance, "咨询高新技术企业认定流程")
    ];

    private int _requestsRaised;

    public int Order => 120;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (!context.IncludeDemoData || await executer.AnyAsync(await services.GetQueryableAsync(), cancellationToken))
        {
            return;
        }
        using var _ = auditing.Suppress();
        var officers = await AssignDemoOfficersAsync(cancellationToken);
        var today = ShanghaiTime.Today(clock);
        var calendar = await calendarProvider.LoadAsync(today, cancellationToken);
        var active = await executer.ToListAsync((await plans.GetQueryableAsync())
            .Where(p => p.Status == FollowUpStatus.Active)
            .OrderBy(p => p.Id)
            .Take(MaxPlansWithHistory), cancellationToken);
        var seeded = 0;
        var perDistrict = new Dictionary<Guid, int>();
        foreach (var chunk in active.Chunk(ChunkSize))
        {
            foreach (var plan in chunk)
            {
                var officer = officers.GetValueOrDefault(plan.DistrictId);
                if (officer is not null)
                {
                    plan.AssignTo(officer);
                }
                var index = perDistrict[plan.DistrictId] = perDistrict.GetValueOrDefault(plan.DistrictId) + 1;
                await SeedHistoryAsync(plan, index - 1, officer, today, calendar, cancellationToken);
                seeded++;
            }
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        unitOfWork.ClearLoadedEntities();
        logger.LogInformation("Seeded a demo follow-up history for {Count} plans.", seeded);
    }

    /// <summary>The demo officers of 浦东新区 and 徐汇区 as their districts' default officer and lead.</summary>
    private async Task<Dictionary<Guid, Guid?>> AssignDemoOfficersAsync(CancellationToken cancellationToken)
    {
        var byDistrict = new Dictionary<Guid, Guid?>();
        foreach (var (userName, district) in new[] { ("demo-pudong", ShanghaiDistricts.Pudong.Id), ("demo-xuhui", ShanghaiDistricts.Xuhui.Id) })
        {
            if (await users.FindByNameAsync(userName) is not { } user)
            {
                continue;
            }
            (await districts.GetAsync(district, cancellationToken: cancellationToken)).AssignOfficers(user.Id, user.Id);
            byDistrict[district] = user.Id;
        }
        return byDistrict;
    }

    /// <summary>How a district's plans stand, in turn: most on schedule, some due this week, some overdue, one never served.</summary>
    private enum Standing
    {
        OnSchedule,
        DueThisWeek,
        Overdue,
        NeverServed
    }

    private static readonly Standing[] Standings =
    [
        Standing.OnSchedule, Standing.DueThisWeek, Standing.Overdue, Standing.OnSchedule, Standing.NeverServed,
        Standing.OnSchedule, Standing.OnSchedule, Standing.DueThisWeek, Standing.OnSchedule, Standing.Overdue
    ];

    /// <summary>
    /// One plan's past, by its place among its district's plans (<see cref="Standings"/>); earlier contacts a
    /// cadence apart before the last one, and every third contact raised a request.
    /// </summary>
    private async Task SeedHistoryAsync(FollowUpPlan plan, int index, Guid? officer, DateOnly today, WorkingDayCalendar calendar,
        CancellationToken cancellationToken)
    {
        var cadence = plan.CadenceDays;
        DateOnly? last = Standings[index % Standings.Length] switch
        {
            Standing.DueThisWeek => today.AddDays(-cadence + 1 + index % 6),
            Standing.Overdue => today.AddDays(-cadence - 3 - index % 10),
            Standing.NeverServed => null,
            _ => today.AddDays(-(3 + index * 7 % Math.Max(1, cadence - 10)))
        };
        if (last is not { } lastOn || lastOn < plan.StartsOn)
        {
            return;
        }
        var contacts = 1 + index % 3;
        for (var k = contacts - 1; k >= 0; k--)
        {
            var servedOn = lastOn.AddDays(-k * cadence);
            if (servedOn < plan.StartsOn)
            {
                continue;
            }
            var (category, summary, outcome) = Contacts[(index + k) % Contacts.Length];
            var channel = (ServiceChannel)(1 + (index + k) % 4);
            var service = new ServiceRecord(Guid.CreateVersion7(), plan.EnterpriseId, plan.DistrictId, plan.Id, servedOn, category, channel,
                summary, outcome, null, officer, today);
            plan.RecordService(servedOn, null, calendar);
            await services.InsertAsync(service, cancellationToken: cancellationToken);
            if ((index + k) % 3 == 0)
            {
                await requests.InsertAsync(RequestOf(service, _requestsRaised++, officer, today), cancellationToken: cancellationToken);
            }
        }
    }

    private static EnterpriseRequest RequestOf(ServiceRecord service, int n, Guid? officer, DateOnly today)
    {
        var (category, description) = Asks[n % Asks.Length];
        var request = new EnterpriseRequest(Guid.CreateVersion7(), service.EnterpriseId, service.DistrictId, service.Id, description, category,
            officer, service.ServedOn);
        switch (n % 3)
        {
            case 1:
                request.StartWork(officer);
                break;
            case 2 when service.ServedOn.AddDays(14) <= today:
                request.Resolve("已协调相关部门办结", service.ServedOn.AddDays(14));
                break;
        }
        return request;
    }
}
