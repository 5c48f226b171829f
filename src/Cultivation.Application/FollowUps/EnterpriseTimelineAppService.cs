using System.Globalization;
using Cultivation.Enterprises;
using Cultivation.Authorization;
using Cultivation.Localization;
using Cultivation.Permissions;
using Cultivation.Policies;
using Cultivation.Users;
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
    IPolicyApplicationRepository applications,
    IPolicyProgrammeRepository programmes,
    IPermissionChecker permissions,
    ICurrentPrincipalAccessor principal,
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
        entries.AddRange(await ApplicationStepsAsync(enterpriseId, cancellationToken));
        return TimelineEntries.Ordered(entries);
    }

    /// <summary>
    /// Every step of the enterprise's policy applications, in one query over their history rows (for those who may see
    /// applications; the query filter keeps an officer to the district's).
    /// </summary>
    private async Task<List<TimelineEntryDto>> ApplicationStepsAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        if (principal.Principal is not { } user || !await permissions.IsGrantedAsync(user, CultivationPermissions.PolicyApplications.Default))
        {
            return [];
        }
        var steps = await executer.ToListAsync(
            from a in (await applications.GetQueryableAsync()).Where(a => a.EnterpriseId == enterpriseId)
            from h in a.History
            join p in await programmes.GetQueryableAsync() on a.ProgrammeId equals p.Id
            orderby h.OccurredTime descending, h.Id descending
            select new { a.Id, ProgrammeName = p.Name, h.Action, h.OccurredOn, h.Comment, h.ActorName }, cancellationToken);
        return steps.Select(s => new TimelineEntryDto
        {
            Date = s.OccurredOn, Kind = TimelineEntryKind.PolicyApplication, SourceId = s.Id,
            Title = localizer["Timeline:PolicyApplication", s.ProgrammeName, Name(s.Action), s.ActorName],
            Detail = s.Comment
        }).ToList();
    }

    private string Name(Enum value) => localizer[$"Enum:{value.GetType().Name}.{value}"];
}
