using Cultivation.Auditing;
using Cultivation.Data;
using Cultivation.Data.Demo;
using Cultivation.Enterprises;
using Cultivation.Repositories;
using Cultivation.Timing;

namespace Cultivation.Policies;

/// <summary>
/// Demo mode only: titles granted before the system for some demo companies (创新型, 专精特新 — some already lapsed —
/// and a few 小巨人 on top of a 专精特新), and equity financing rounds for others, so the title list, its reminders, the
/// facts read from the records and screening have something to show. Deterministic; seeds only while no title exists.
/// </summary>
public sealed class DemoPolicySeedContributor(
    IEnterpriseRepository enterprises,
    IEnterpriseTitleRepository titles,
    IPolicyProgrammeRepository programmes,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    IAuditingManager auditing,
    TimeProvider clock) : IDataSeedContributor
{
    public const int MaxCompanies = 120;

    public int Order => 120;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (!context.IncludeDemoData || await executer.AnyAsync(await titles.GetQueryableAsync(), cancellationToken))
        {
            return;
        }
        var companyIds = await executer.ToListAsync((await enterprises.GetQueryableAsync())
            .Where(e => e.Kind == EnterpriseKind.Company && e.Name.EndsWith(DemoDataSeedContributor.NameMarker))
            .OrderBy(e => e.Id).Take(MaxCompanies).Select(e => e.Id), cancellationToken);
        if (companyIds.Count == 0)
        {
            return;
        }
        using var _ = auditing.Suppress();
        var today = ShanghaiTime.Today(clock);
        var innovative = (await programmes.FindByCodeAsync("innovative-sme", cancellationToken))!;
        var specialised = (await programmes.FindByCodeAsync("specialised-sme", cancellationToken))!;
        var littleGiant = (await programmes.FindByCodeAsync("little-giant", cancellationToken))!;
        for (var i = 0; i < companyIds.Count; i++)
        {
            var enterprise = await enterprises.GetAsync(companyIds[i], cancellationToken: cancellationToken);
            Task Record(PolicyProgramme programme, DateOnly grantedOn, string number) => titles.InsertAsync(EnterpriseTitle.Record(Guid.CreateVersion7(),
                enterprise.Id, enterprise.DistrictId, programme, grantedOn, null, number, "演示数据：公告名单截图", today), cancellationToken: cancellationToken);
            // Dates count back from today (the demo runs on any day, the tests on their own clock): every grant is in the past.
            if (i % 3 == 0)
            {
                await Record(innovative, new DateOnly(today.Year - 2, 3, 15), $"沪经信企〔{today.Year - 2}〕{100 + i}号（演示）");
            }
            if (i % 5 == 0)
            {
                // Granted four years ago for three: lapsed at the end of last February.
                await Record(specialised, new DateOnly(today.Year - 4, 3, 10), $"沪经信企〔{today.Year - 4}〕{200 + i}号（演示）");
            }
            else if (i % 4 == 1)
            {
                await Record(specialised, new DateOnly(today.Year - 1, 4, 18), $"沪经信企〔{today.Year - 1}〕{300 + i}号（演示）");
                if (i % 20 == 1)
                {
                    await Record(littleGiant, new DateOnly(today.Year - 1, 7, 30), $"工信部企业〔{today.Year - 1}〕{400 + i}号（演示）");
                }
            }
            if (i % 6 == 2)
            {
                enterprise.AddFinancingRound(new FinancingRoundValues(new DateOnly(today.Year - 2, 5, 20), 30_000_000m, true, 300_000_000m, "A轮", "示例创业投资基金（演示）"), today);
                enterprise.AddFinancingRound(new FinancingRoundValues(new DateOnly(today.Year - 1, 9, 1), 80_000_000m, true, 1_200_000_000m, "B轮", "示例产业投资基金（演示）"), today);
                enterprise.RecordListing(false);
            }
        }
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
