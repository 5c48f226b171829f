using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Identity;
using Cultivation.Localization;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Cultivation.FollowUps;

[Authorize(CultivationPermissions.FollowUps.Default)]
public sealed class ServiceRecordAppService(
    IServiceRecordRepository services,
    IEnterpriseRequestRepository requests,
    IFollowUpPlanRepository plans,
    IEnterpriseRepository enterprises,
    FollowUpPlanProjection planProjection,
    IStringLocalizer<CultivationResource> localizer,
    UserManager<AppUser> users,
    WorkingDayCalendarProvider calendarProvider,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IServiceRecordAppService
{
    public async Task<ListResultDto<ServiceRecordDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        await enterprises.GetAsync(enterpriseId, includeDetails: false, cancellationToken);
        var rows = await executer.ToListAsync(
            from s in await services.GetQueryableAsync()
            where s.EnterpriseId == enterpriseId
            orderby s.ServedOn descending, s.CreationTime descending
            join u in users.Users on s.OfficerId equals u.Id into officers
            from u in officers.DefaultIfEmpty()
            select new { Service = s, OfficerName = u == null ? null : u.DisplayName }, cancellationToken);
        return new ListResultDto<ServiceRecordDto>(rows.Select(r => ToDto(r.Service, r.OfficerName)).ToList());
    }

    private static ServiceRecordDto ToDto(ServiceRecord s, string? officerName) => new()
    {
        Id = s.Id, EnterpriseId = s.EnterpriseId, PlanId = s.PlanId, ServedOn = s.ServedOn, Category = s.Category, Channel = s.Channel,
        Summary = s.Summary, Outcome = s.Outcome, NextContactOn = s.NextContactOn, OfficerId = s.OfficerId,
        OfficerName = officerName, CreationTime = s.CreationTime
    };

    /// <summary>
    /// One contact covers the enterprise: every open plan of it moves to its next due date, any escalation
    /// ends, and the requests raised are recorded — all in one transaction.
    /// </summary>
    [Authorize(CultivationPermissions.FollowUps.Services)]
    public async Task<LogServiceResultDto> LogAsync(Guid enterpriseId, LogServiceDto input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.GetAsync(enterpriseId, includeDetails: false, cancellationToken);
        var today = ShanghaiTime.Today(clock);
        var calendar = await calendarProvider.LoadAsync(today, cancellationToken);
        var open = await executer.ToListAsync((await plans.GetQueryableAsync())
            .Where(p => p.EnterpriseId == enterpriseId && p.Status == FollowUpStatus.Active)
            .OrderBy(p => p.NextDueDate), cancellationToken);
        foreach (var owner in input.Requests.Select(r => r.OwnerId).Distinct())
        {
            await DistrictOfficers.EnsureOfficerOfAsync(users, owner, enterprise.DistrictId, "requests");
        }

        var service = new ServiceRecord(Guid.CreateVersion7(), enterpriseId, enterprise.DistrictId, open.FirstOrDefault()?.Id, input.ServedOn!.Value,
            input.Category!.Value, input.Channel!.Value, input.Summary, input.Outcome, input.NextContactOn, currentUser.Id, today);
        open.ForEach(p => p.RecordService(service.ServedOn, service.NextContactOn, calendar));
        var raised = input.Requests.Select(r => new EnterpriseRequest(Guid.CreateVersion7(), enterpriseId, enterprise.DistrictId, service.Id,
            r.Description, r.Category!.Value, r.OwnerId ?? currentUser.Id, service.ServedOn)).ToList();
        await services.InsertAsync(service, cancellationToken: cancellationToken);
        await requests.InsertManyAsync(raised, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        // What was written, from memory; only the moved plans are read back, in one query, for their names.
        var moved = open.Select(p => p.Id).ToList();
        var timeline = new TimelineEntries(localizer);
        return new LogServiceResultDto
        {
            Service = ToDto(service, currentUser.DisplayName),
            Requests = raised.Select(EnterpriseRequestAppService.ToDto).ToList(),
            Plans = moved.Count == 0 ? [] : await planProjection.ToDtosAsync((await plans.GetQueryableAsync()).Where(p => moved.Contains(p.Id)), cancellationToken),
            TimelineEntries = TimelineEntries.Ordered(raised.SelectMany(timeline.Of).Append(timeline.Of(service)))
        };
    }
}
