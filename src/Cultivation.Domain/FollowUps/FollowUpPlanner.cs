using Cultivation.Contests;
using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.Events;
using Cultivation.Timing;

namespace Cultivation.FollowUps;

/// <summary>
/// Every award with a prize or a national advancement gets a follow-up plan when it is recorded — by hand
/// or by import, in the same save — assigned to the district's default officer, with the edition's cadence.
/// A corrected prize changes the cadence of the plan already there. Works on a whole batch with a few queries.
/// </summary>
public sealed class FollowUpPlanner(
    IFollowUpPlanRepository plans,
    IFollowUpPolicyRepository policies,
    IContestEditionRepository editions,
    IDistrictRepository districts,
    WorkingDayCalendarProvider calendarProvider,
    TimeProvider clock) : IDomainEventHandler<AwardRecordedEvent>, IDomainEventHandler<AwardRemovedEvent>
{
    /// <summary>Why a plan closed by itself (plans keep a free-text reason; this one is the system's, in both languages).</summary>
    public const string AwardRemovedReason = "获奖记录已删除 / award record removed";

    public const string PrizeWithdrawnReason = "获奖记录已无奖项 / the award no longer has a prize";

    public async Task HandleAsync(IReadOnlyList<AwardRecordedEvent> events, CancellationToken cancellationToken = default)
    {
        var latest = events.GroupBy(e => e.AwardRecordId).Select(g => g.Last()).ToList();
        await EndPlansAsync(latest.Where(e => !e.EarnsFollowUp).Select(e => e.AwardRecordId).ToList(), PrizeWithdrawnReason, removed: false, cancellationToken);
        var qualifying = latest.Where(e => e.EarnsFollowUp).ToList();
        if (qualifying.Count == 0)
        {
            return;
        }
        var editionIds = qualifying.Select(e => e.EditionId).Distinct().ToList();
        var existing = (await plans.GetByAwardRecordsAsync(qualifying.Select(e => e.AwardRecordId).ToList(), cancellationToken))
            .ToDictionary(p => p.AwardRecordId!.Value);
        var policyByEdition = (await policies.GetForEditionsAsync(editionIds, cancellationToken)).ToDictionary(p => p.EditionId);
        var finals = new Dictionary<Guid, DateOnly>();
        foreach (var editionId in editionIds)
        {
            var edition = await editions.GetAsync(editionId, cancellationToken: cancellationToken);
            finals[editionId] = edition.FinalDate ?? new DateOnly(edition.Year, 12, 31);
        }
        var officers = (await districts.GetAllAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.DefaultOfficerId);
        var calendar = await calendarProvider.LoadAsync(ShanghaiTime.Today(clock), cancellationToken);

        var created = new List<FollowUpPlan>();
        foreach (var award in qualifying)
        {
            var policy = policyByEdition.GetValueOrDefault(award.EditionId) ?? new FollowUpPolicy(Guid.Empty, award.EditionId);
            var cadence = policy.CadenceFor(award.Track, award.PrizeLevel);
            if (existing.TryGetValue(award.AwardRecordId, out var plan))
            {
                plan.ChangeCadence(cadence, calendar);
                continue;
            }
            created.Add(new FollowUpPlan(Guid.CreateVersion7(), award.EnterpriseId, award.DistrictId, award.AwardRecordId, award.EditionId,
                officers.GetValueOrDefault(award.DistrictId), cadence, finals[award.EditionId], policy.FirstContactDays, policy.CultivationYears, calendar));
        }
        await plans.InsertStartedAsync(created, cancellationToken);
    }

    public Task HandleAsync(IReadOnlyList<AwardRemovedEvent> events, CancellationToken cancellationToken = default) =>
        EndPlansAsync(events.Select(e => e.AwardRecordId).Distinct().ToList(), AwardRemovedReason, removed: true, cancellationToken);

    private async Task EndPlansAsync(List<Guid> awardRecordIds, string reason, bool removed, CancellationToken cancellationToken)
    {
        if (awardRecordIds.Count == 0)
        {
            return;
        }
        foreach (var plan in await plans.GetByAwardRecordsAsync(awardRecordIds, cancellationToken))
        {
            plan.EndWithAward(reason, removed);
        }
    }
}

/// <summary>When an enterprise moves district, its plans, services and requests move with it (same save).</summary>
public sealed class FollowUpDistrictMover(IFollowUpRecordsOfEnterprise records) : IDomainEventHandler<EnterpriseMovedEvent>
{
    public async Task HandleAsync(IReadOnlyList<EnterpriseMovedEvent> events, CancellationToken cancellationToken = default)
    {
        foreach (var moved in events)
        {
            var (enterprisePlans, services, requests) = await records.LoadAsync(moved.EnterpriseId, cancellationToken);
            enterprisePlans.ForEach(p => p.DistrictId = moved.ToDistrictId);
            services.ForEach(s => s.DistrictId = moved.ToDistrictId);
            requests.ForEach(r => r.DistrictId = moved.ToDistrictId);
        }
    }
}

/// <summary>Everything the follow-up module keeps of one enterprise, across districts (for a move).</summary>
public interface IFollowUpRecordsOfEnterprise
{
    Task<(List<FollowUpPlan> Plans, List<ServiceRecord> Services, List<EnterpriseRequest> Requests)> LoadAsync(
        Guid enterpriseId, CancellationToken cancellationToken = default);
}
