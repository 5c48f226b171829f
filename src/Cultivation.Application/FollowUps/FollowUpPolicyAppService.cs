using Cultivation.Contests;
using Cultivation.Entities;
using Cultivation.Enterprises;
using Cultivation.Permissions;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.AspNetCore.Authorization;

namespace Cultivation.FollowUps;

[Authorize(CultivationPermissions.FollowUps.Default)]
public sealed class FollowUpPolicyAppService(
    IFollowUpPolicyRepository policies,
    IContestEditionRepository editions,
    IFollowUpPlanRepository plans,
    IEnterpriseRepository enterprises,
    WorkingDayCalendarProvider calendarProvider,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IFollowUpPolicyAppService
{
    public async Task<FollowUpPolicyDto> GetAsync(Guid editionId, CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetAsync(editionId, cancellationToken: cancellationToken);
        var policy = (await policies.GetForEditionsAsync([editionId], cancellationToken)).SingleOrDefault();
        return ToDto(policy ?? new FollowUpPolicy(Guid.Empty, editionId), edition.Year, policy is not null);
    }

    [Authorize(CultivationPermissions.FollowUps.Policies)]
    public async Task<FollowUpPolicyDto> UpdateAsync(Guid editionId, UpdateFollowUpPolicyDto input, CancellationToken cancellationToken = default)
    {
        var edition = await editions.GetAsync(editionId, cancellationToken: cancellationToken);
        var policy = (await policies.GetForEditionsAsync([editionId], cancellationToken)).SingleOrDefault();
        if (policy is null)
        {
            policy = new FollowUpPolicy(Guid.CreateVersion7(), editionId);
            await policies.InsertAsync(policy, cancellationToken: cancellationToken);
        }
        else
        {
            policy.ExpectConcurrencyStamp(input.ConcurrencyStamp);
        }
        policy.Update(input.FirstContactDays, input.CultivationYears, input.DefaultDays,
            input.Rules.Select(r => new CadenceRule(r.Track!.Value, r.PrizeLevel, r.Days)));
        await ApplyToOpenPlansAsync(policy, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(policy, edition.Year, true);
    }

    /// <summary>The edition's open plans take the new cadences (a few hundred winners per edition).</summary>
    private async Task ApplyToOpenPlansAsync(FollowUpPolicy policy, CancellationToken cancellationToken)
    {
        var calendar = await calendarProvider.LoadAsync(ShanghaiTime.Today(clock), cancellationToken);
        var awards = (await enterprises.GetQueryableAsync()).SelectMany(e => e.Awards).Where(a => a.EditionId == policy.EditionId);
        var rows = await executer.ToListAsync(
            from p in await plans.GetQueryableAsync()
            where p.EditionId == policy.EditionId && p.Status != FollowUpStatus.Closed
            join a in awards on p.AwardRecordId equals (Guid?)a.Id
            select new { Plan = p, a.Track, a.PrizeLevel }, cancellationToken);
        foreach (var row in rows)
        {
            row.Plan.ChangeCadence(policy.CadenceFor(row.Track, row.PrizeLevel), calendar);
        }
    }

    private static FollowUpPolicyDto ToDto(FollowUpPolicy policy, int year, bool saved) => new()
    {
        EditionId = policy.EditionId,
        EditionYear = year,
        FirstContactDays = policy.FirstContactDays,
        CultivationYears = policy.CultivationYears,
        DefaultDays = policy.DefaultDays,
        Rules = policy.Rules.Select(r => new CadenceRuleDto { Track = r.Track, PrizeLevel = r.PrizeLevel, Days = r.Days }).ToList(),
        ConcurrencyStamp = saved ? policy.ConcurrencyStamp : null
    };
}
