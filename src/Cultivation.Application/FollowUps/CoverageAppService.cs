using System.Globalization;
using System.Text;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.Exporting;
using Cultivation.Localization;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.FollowUps;

/// <summary>
/// Per district, over a period: plans on schedule, overdue and by how much, services per followed enterprise
/// per quarter, requests resolved — grouped in the database, a handful of queries whatever the size.
/// A district officer sees their own district (the query filter applies).
/// </summary>
[Authorize(CultivationPermissions.FollowUps.Coverage)]
public sealed class CoverageAppService(
    IFollowUpPlanRepository plans,
    IServiceRecordRepository services,
    IEnterpriseRequestRepository requests,
    IDistrictRepository districts,
    IAsyncQueryableExecuter executer,
    Users.ICurrentUser currentUser,
    TimeProvider clock) : ICoverageAppService
{
    public async Task<CoverageReportDto> GetAsync(GetCoverageInput input, CancellationToken cancellationToken = default)
    {
        var (from, to) = (input.From!.Value, input.To!.Value);
        if (to < from)
        {
            throw new Exceptions.BusinessException(CultivationDomainErrorCodes.ValidationFailed, "to");
        }
        var today = ShanghaiTime.Today(clock);
        var active = (await plans.GetQueryableAsync()).Where(p => p.Status == FollowUpStatus.Active);
        var planStats = await executer.ToListAsync(active.GroupBy(p => p.DistrictId).Select(g => new
        {
            DistrictId = g.Key,
            Active = g.Count(),
            Overdue = g.Count(p => p.NextDueDate < today),
            Enterprises = g.Select(p => p.EnterpriseId).Distinct().Count()
        }), cancellationToken);
        var overdueDates = await executer.ToListAsync(active.Where(p => p.NextDueDate < today).Select(p => new { p.DistrictId, p.NextDueDate }), cancellationToken);
        var serviceStats = await executer.ToListAsync((await services.GetQueryableAsync())
            .Where(s => s.ServedOn >= from && s.ServedOn <= to)
            .GroupBy(s => s.DistrictId).Select(g => new { DistrictId = g.Key, Count = g.Count() }), cancellationToken);
        var requestStats = await executer.ToListAsync((await requests.GetQueryableAsync())
            .Where(r => r.RaisedOn >= from && r.RaisedOn <= to)
            .GroupBy(r => r.DistrictId).Select(g => new { DistrictId = g.Key, Raised = g.Count(), Resolved = g.Count(r => r.Status == RequestStatus.Resolved) }), cancellationToken);

        var quarters = Math.Max(1.0, (to.DayNumber - from.DayNumber + 1) / 91.3);
        var visible = (await districts.GetAllAsync(cancellationToken)).Where(d => currentUser.DistrictId is not { } own || d.Id == own);
        var rows = visible.Select(d =>
        {
            var plan = planStats.FirstOrDefault(p => p.DistrictId == d.Id);
            var overdue = overdueDates.Where(o => o.DistrictId == d.Id).Select(o => (double)(today.DayNumber - o.NextDueDate.DayNumber)).Order().ToList();
            var servicesCount = serviceStats.FirstOrDefault(s => s.DistrictId == d.Id)?.Count ?? 0;
            var request = requestStats.FirstOrDefault(r => r.DistrictId == d.Id);
            var activeCount = plan?.Active ?? 0;
            var enterprises = plan?.Enterprises ?? 0;
            return new DistrictCoverageDto
            {
                DistrictId = d.Id,
                DistrictName = DisplayLanguage.Pick(d.Name, d.EnglishName),
                ActivePlans = activeCount,
                OnSchedulePlans = activeCount - (plan?.Overdue ?? 0),
                OnScheduleRate = activeCount == 0 ? null : (activeCount - (plan?.Overdue ?? 0)) / (double)activeCount,
                OverduePlans = plan?.Overdue ?? 0,
                MedianDaysOverdue = Median(overdue),
                Services = servicesCount,
                EnterprisesFollowed = enterprises,
                ServicesPerEnterprisePerQuarter = enterprises == 0 ? null : Math.Round(servicesCount / (double)enterprises / quarters, 2),
                RequestsRaised = request?.Raised ?? 0,
                RequestsResolved = request?.Resolved ?? 0,
                RequestsResolvedRate = request is null || request.Raised == 0 ? null : request.Resolved / (double)request.Raised
            };
        }).ToList();
        return new CoverageReportDto { From = from, To = to, AsOf = today, Districts = rows };
    }

    public async Task<FileDto> ExportAsync(GetCoverageInput input, CancellationToken cancellationToken = default)
    {
        var report = await GetAsync(input, cancellationToken);
        string[] headers = ["区", "在跟计划", "按期计划", "按期率", "逾期计划", "逾期天数中位数", "服务次数", "跟踪企业数", "每企业每季度服务次数", "诉求数", "已办结诉求", "诉求办结率"];
        var bytes = CsvFile.Write(headers, report.Districts.Select(d => new object?[]
        {
            d.DistrictName, d.ActivePlans, d.OnSchedulePlans, Percent(d.OnScheduleRate), d.OverduePlans, d.MedianDaysOverdue, d.Services,
            d.EnterprisesFollowed, d.ServicesPerEnterprisePerQuarter, d.RequestsRaised, d.RequestsResolved, Percent(d.RequestsResolvedRate)
        }));
        return new FileDto($"coverage-{report.From:yyyyMMdd}-{report.To:yyyyMMdd}.csv", "text/csv; charset=utf-8", bytes);
    }

    private static double? Median(List<double> sorted) => sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
        : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    private static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("F1", CultureInfo.InvariantCulture) + "%" : string.Empty;
}
