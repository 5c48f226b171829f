using Cultivation.Auditing;
using Cultivation.Data;
using Cultivation.Enterprises;
using Cultivation.FollowUps;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.Extensions.Logging;
using static Cultivation.Policies.PolicyApplicationStage;

namespace Cultivation.Policies;

/// <summary>
/// Demo mode only: an open batch of 上海市专精特新中小企业 this year and applications of demo companies at every stage (in
/// materials, at 初审, in the city's review with scores, in 公示 with an objection, granted, rejected, withdrawn), so the
/// board, the list, the funnel and the home cards show something. Made through the aggregate's own steps; seeds only
/// while no batch exists.
/// </summary>
public sealed class DemoPolicyApplicationSeedContributor(
    IPolicyBatchRepository batches,
    IPolicyProgrammeRepository programmes,
    IPolicyApplicationRepository applications,
    IEnterpriseRepository enterprises,
    PolicyApplicationManager manager,
    WorkingDayCalendarProvider calendarProvider,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    IAuditingManager auditing,
    TimeProvider clock,
    ILogger<DemoPolicyApplicationSeedContributor> logger) : IDataSeedContributor
{
    public static readonly Guid DemoBatchId = Guid.Parse("00000000-0000-7000-8000-000000002701");

    /// <summary>Where each demo company's application stands, in turn.</summary>
    private static readonly PolicyApplicationStage[] Stages =
    [
        Materials, DistrictReview, MunicipalReview, Publicity, Granted, Materials, MunicipalReview, Rejected, DistrictReview, Withdrawn, Publicity, Granted,
        Materials, MunicipalReview
    ];

    public int Order => 140;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (!context.IncludeDemoData || await executer.AnyAsync(await batches.GetQueryableAsync(), cancellationToken))
        {
            return;
        }
        using var _ = auditing.Suppress();
        var today = ShanghaiTime.Today(clock);
        var calendar = await calendarProvider.LoadAsync(today, cancellationToken);
        var programme = await programmes.GetAsync(PolicyProgrammeDataSeedContributor.SeedId(2), includeDetails: false, cancellationToken);
        var batch = new PolicyBatch(DemoBatchId, programme.Id, new PolicyBatchDetails($"{today.Year}年上海市专精特新中小企业（第四批）", today.Year,
            today.AddDays(-45), today.AddDays(30), today.AddDays(35), today.AddDays(41)));
        await batches.InsertAsync(batch, cancellationToken: cancellationToken);

        var pool = await executer.ToListAsync((await enterprises.GetQueryableAsync())
            .Where(e => e.Kind == EnterpriseKind.Company)
            .OrderBy(e => e.Id)
            .Take(400), cancellationToken);
        // Spread over four districts, the demo officers' 浦东新区 and 徐汇区 first, so the funnel has several rows.
        var groups = pool.GroupBy(e => e.DistrictId)
            .OrderBy(g => g.Key == Districts.ShanghaiDistricts.Pudong.Id ? 0 : g.Key == Districts.ShanghaiDistricts.Xuhui.Id ? 1 : 2).ThenBy(g => g.Key)
            .Take(4).Select(g => g.ToList()).ToList();
        var companies = new List<Enterprise>();
        for (var round = 0; companies.Count < Stages.Length && groups.Any(g => g.Count > round); round++)
        {
            companies.AddRange(groups.Where(g => g.Count > round).Select(g => g[round]).Take(Stages.Length - companies.Count));
        }
        for (var i = 0; i < companies.Count; i++)
        {
            var application = await RecommendAsync(companies[i], programme, batch, Stages[i], i, today, calendar, cancellationToken);
            await applications.InsertAsync(application, cancellationToken: cancellationToken);
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded a demo batch with {Count} policy applications.", companies.Count);
    }

    private async Task<PolicyApplication> RecommendAsync(Enterprise company, PolicyProgramme programme, PolicyBatch batch, PolicyApplicationStage target, int index,
        DateOnly today, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        // Recommended some days ago (within the window), each step a few days after the last; the latest on or before today.
        var day = today.AddDays(-40 + index);
        var now = clock.GetUtcNow().UtcDateTime;
        PolicyActor District(int after) => new(null, "区中小企业主管部门（演示）", now, Min(day.AddDays(after), today));
        PolicyActor City(int after) => new(null, "市经信委（演示）", now, Min(day.AddDays(after), today));
        var a = await manager.RecommendAsync(company, programme, batch, null, "经资格评估符合条件，推荐申报", District(0), calendar, cancellationToken);
        if (target == Withdrawn)
        {
            a.Withdraw("企业决定下一批次再申报", District(3));
            return a;
        }
        if (target == Materials)
        {
            a.ReceiveMaterial("application-form", "纸质申请表已盖章", District(2));
            return a;
        }
        foreach (var item in a.Materials.Where(m => m.Required).ToList())
        {
            a.ReceiveMaterial(item.Code, "已核原件", District(2));
        }
        a.Submit("材料齐全，提交初审", batch, District(4), calendar);
        if (target == DistrictReview)
        {
            return a;
        }
        a.ApproveAtDistrict("现场核查：生产经营正常，研发投入与申报一致", null, batch, District(8), calendar);
        if (target == MunicipalReview)
        {
            a.RecordScore("专家一", 78 + index % 7, "细分市场地位突出", City(12));
            return a;
        }
        a.RecordScore("专家一", 82 + index % 5, "细分市场地位突出", City(12));
        a.RecordScore("专家二", 76 + index % 9, null, City(13));
        if (target == Rejected)
        {
            a.RejectAtMunicipal("专家评审：主导产品市场占有率依据不足", City(15));
            return a;
        }
        var publicityEnds = target == Publicity ? today.AddDays(3) : today.AddDays(-2);
        a.StartPublicity(publicityEnds.AddDays(-6), publicityEnds, null, batch, City(16), calendar);
        if (target == Publicity)
        {
            if (index % 2 == 0)
            {
                a.RecordObjection("来信反映研发人员占比口径不一致", City(20).Today, City(20));
            }
            return a;
        }
        a.Decide(PolicyDecision.Granted, null, "公示期满无异议，予以认定", new PolicyActor(null, "市经信委（演示）", now, today));
        return a;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
