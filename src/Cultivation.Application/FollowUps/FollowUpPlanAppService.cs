using Cultivation.Dtos;
using Cultivation.Enterprises;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.Identity;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Cultivation.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Cultivation.FollowUps;

[Authorize(CultivationPermissions.FollowUps.Default)]
public sealed class FollowUpPlanAppService(
    IFollowUpPlanRepository plans,
    IEnterpriseRepository enterprises,
    FollowUpPlanProjection projection,
    UserManager<AppUser> users,
    WorkingDayCalendarProvider calendarProvider,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    TimeProvider clock) : IFollowUpPlanAppService
{
    public async Task<PagedResultDto<FollowUpPlanDto>> GetWorklistAsync(GetWorklistInput input, CancellationToken cancellationToken = default)
    {
        var query = (await plans.GetQueryableAsync()).Where(p => input.Status == null || p.Status == input.Status);
        if (input.DistrictId is { } districtId)
        {
            query = query.Where(p => p.DistrictId == districtId);
        }
        if (input.Mine || input.OfficerId is not null)
        {
            var officerId = input.Mine ? currentUser.Id : input.OfficerId;
            query = query.Where(p => p.OfficerId == officerId);
        }
        if (input.DueWithinDays is { } days)
        {
            var until = ShanghaiTime.Today(clock).AddDays(days);
            query = query.Where(p => p.NextDueDate <= until);
        }
        if (!string.IsNullOrWhiteSpace(input.Keyword))
        {
            var keyword = input.Keyword.Trim();
            var matching = (await enterprises.GetQueryableAsync()).Where(e => e.Name.Contains(keyword)).Select(e => e.Id);
            query = query.Where(p => matching.Contains(p.EnterpriseId));
        }
        var total = await executer.CountAsync(query, cancellationToken);
        // Overdue first (the earliest due date is the most overdue), then what is due soonest.
        var page = query.OrderBy(p => p.NextDueDate).ThenBy(p => p.Id).Skip(input.SkipCount).Take(input.MaxResultCount);
        return new PagedResultDto<FollowUpPlanDto>(total, await ProjectAsync(page, cancellationToken));
    }

    public async Task<FollowUpPlanDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await ProjectAsync((await plans.GetQueryableAsync()).Where(p => p.Id == id), cancellationToken)).FirstOrDefault()
        ?? throw new EntityNotFoundException(typeof(FollowUpPlan), id);

    public async Task<ListResultDto<FollowUpPlanDto>> GetOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        await enterprises.GetAsync(enterpriseId, includeDetails: false, cancellationToken);
        var query = (await plans.GetQueryableAsync()).Where(p => p.EnterpriseId == enterpriseId).OrderBy(p => p.StartsOn);
        return new ListResultDto<FollowUpPlanDto>(await ProjectAsync(query, cancellationToken));
    }

    [Authorize(CultivationPermissions.FollowUps.Manage)]
    public async Task<FollowUpPlanDto> AssignAsync(Guid id, AssignPlanDto input, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(id, cancellationToken: cancellationToken);
        plan.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        await DistrictOfficers.EnsureOfficerOfAsync(users, input.OfficerId, plan.DistrictId, "officerId");
        plan.AssignTo(input.OfficerId);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    [Authorize(CultivationPermissions.FollowUps.Manage)]
    public Task<FollowUpPlanDto> PauseAsync(Guid id, ChangePlanStatusDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input, (plan, _) => plan.Pause(input.Reason ?? string.Empty), cancellationToken);

    [Authorize(CultivationPermissions.FollowUps.Manage)]
    public Task<FollowUpPlanDto> ResumeAsync(Guid id, ChangePlanStatusDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input, (plan, calendar) => plan.Resume(ShanghaiTime.Today(clock), calendar), cancellationToken);

    [Authorize(CultivationPermissions.FollowUps.Manage)]
    public Task<FollowUpPlanDto> CloseAsync(Guid id, ChangePlanStatusDto input, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, input, (plan, _) => plan.Close(input.Reason ?? string.Empty), cancellationToken);

    private async Task<FollowUpPlanDto> ChangeAsync(Guid id, ChangePlanStatusDto input, Action<FollowUpPlan, WorkingDayCalendar> change, CancellationToken cancellationToken)
    {
        var plan = await plans.GetAsync(id, cancellationToken: cancellationToken);
        plan.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        change(plan, await calendarProvider.LoadAsync(ShanghaiTime.Today(clock), cancellationToken));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private Task<List<FollowUpPlanDto>> ProjectAsync(IQueryable<FollowUpPlan> query, CancellationToken cancellationToken) =>
        projection.ToDtosAsync(query, cancellationToken);
}

internal static class DistrictOfficers
{
    /// <summary>Follow-ups of a district go to that district's officers only.</summary>
    public static async Task EnsureOfficerOfAsync(UserManager<AppUser> users, Guid? userId, Guid districtId, string field)
    {
        if (userId is not { } id)
        {
            return;
        }
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null || !user.IsActive || user.DistrictId != districtId || !await users.IsInRoleAsync(user, CultivationRoles.DistrictOfficer))
        {
            throw new BusinessException(CultivationDomainErrorCodes.OfficerNotOfDistrict, field);
        }
    }
}
