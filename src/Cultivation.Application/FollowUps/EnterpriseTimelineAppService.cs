using System.Globalization;
using Cultivation.Enterprises;
using Cultivation.Localization;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Cultivation.FollowUps;

[Authorize(CultivationPermissions.Enterprises.Default)]
public sealed class EnterpriseTimelineAppService(
    IEnterpriseRepository enterprises,
    IFollowUpPlanRepository plans,
    IServiceRecordRepository services,
    IEnterpriseRequestRepository requests,
    IAsyncQueryableExecuter executer,
    IStringLocalizer<CultivationResource> localizer) : IEnterpriseTimelineAppService
{
    public async Task<List<TimelineEntryDto>> GetAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, cancellationToken: cancellationToken);
        var entries = new List<TimelineEntryDto>();
        foreach (var award in enterprise.Awards)
        {
            entries.Add(new TimelineEntryDto
            {
                Date = new DateOnly(award.EditionYear, 9, 30),
                Kind = TimelineEntryKind.Award,
                SourceId = award.Id,
                Title = $"{award.EditionYear} {Name(award.Track)} {(award.PrizeLevel is { } p ? Name(p) : Name(award.StageReached))}",
                Detail = award.ProjectName
            });
        }
        foreach (var plan in await executer.ToListAsync((await plans.GetQueryableAsync()).Where(p => p.EnterpriseId == enterpriseId), cancellationToken))
        {
            entries.Add(new TimelineEntryDto
            {
                Date = plan.StartsOn, Kind = TimelineEntryKind.PlanStarted, SourceId = plan.Id,
                Title = localizer["Timeline:PlanStarted", plan.CadenceDays], Detail = plan.StatusReason
            });
        }
        var timeline = new TimelineEntries(localizer);
        foreach (var service in await executer.ToListAsync((await services.GetQueryableAsync()).Where(s => s.EnterpriseId == enterpriseId), cancellationToken))
        {
            entries.Add(timeline.Of(service));
        }
        foreach (var request in await executer.ToListAsync((await requests.GetQueryableAsync()).Where(r => r.EnterpriseId == enterpriseId), cancellationToken))
        {
            entries.AddRange(timeline.Of(request));
        }
        return TimelineEntries.Ordered(entries);
    }

    private string Name(Enum value) => localizer[$"Enum:{value.GetType().Name}.{value}"];
}
