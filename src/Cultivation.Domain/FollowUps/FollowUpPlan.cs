using Cultivation.AuditLogging;
using Cultivation.Entities;
using Cultivation.Exceptions;

namespace Cultivation.FollowUps;

/// <summary>
/// 跟踪计划: how one award-winning enterprise is kept in contact. The first contact is due some days after
/// the final, then every cadence days after each logged service; due dates fall on working days. It ends
/// with the cultivation period, and may be paused (with a reason) or closed.
/// </summary>
public class FollowUpPlan : FullAuditedAggregateRoot<Guid>, IDistrictScoped, IEnterpriseOwned
{
    public Guid EnterpriseId { get; private set; }
    public Guid DistrictId { get; internal set; }
    /// <summary>The award the plan started from; null once that record was removed (the plan and its history stay).</summary>
    public Guid? AwardRecordId { get; private set; }
    public Guid EditionId { get; private set; }
    /// <summary>The officer who keeps the contact; null until the district names one.</summary>
    public Guid? OfficerId { get; private set; }
    public int CadenceDays { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public DateOnly NextDueDate { get; private set; }
    public DateOnly? LastServiceOn { get; private set; }
    public FollowUpStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    /// <summary>0 = on schedule or merely overdue; 1 = escalated to the district lead and municipal reviewers.</summary>
    public int EscalationLevel { get; private set; }

    private FollowUpPlan()
    {
    }

    internal FollowUpPlan(Guid id, Guid enterpriseId, Guid districtId, Guid awardRecordId, Guid editionId, Guid? officerId,
        int cadenceDays, DateOnly startsOn, int firstContactDays, int cultivationYears, WorkingDayCalendar calendar) : base(id)
    {
        EnterpriseId = enterpriseId;
        DistrictId = districtId;
        AwardRecordId = awardRecordId;
        EditionId = editionId;
        OfficerId = officerId;
        CadenceDays = cadenceDays;
        StartsOn = startsOn;
        EndsOn = startsOn.AddYears(cultivationYears);
        NextDueDate = calendar.OnOrAfter(startsOn.AddDays(firstContactDays));
        Status = FollowUpStatus.Active;
    }

    /// <summary>
    /// A service was given: the next contact is due a cadence after it (or at the agreed next-contact date
    /// if that is sooner), on a working day; an escalation ends.
    /// </summary>
    public void RecordService(DateOnly servedOn, DateOnly? nextContactOn, WorkingDayCalendar calendar)
    {
        EnsureNotClosed();
        if (LastServiceOn is { } last && servedOn < last)
        {
            // A late entry for an older visit does not move the schedule back.
            return;
        }
        LastServiceOn = servedOn;
        var due = servedOn.AddDays(CadenceDays);
        if (nextContactOn is { } agreed && agreed > servedOn && agreed < due)
        {
            due = agreed;
        }
        NextDueDate = calendar.OnOrAfter(due);
        EscalationLevel = 0;
    }

    /// <summary>The cadence changed (a prize was corrected, the policy was edited): the next due date follows from the last contact.</summary>
    public void ChangeCadence(int cadenceDays, WorkingDayCalendar calendar)
    {
        if (cadenceDays == CadenceDays)
        {
            return;
        }
        CadenceDays = cadenceDays;
        if (LastServiceOn is { } last)
        {
            NextDueDate = calendar.OnOrAfter(last.AddDays(cadenceDays));
        }
    }

    public void AssignTo(Guid? officerId) => OfficerId = officerId;

    public void Pause(string reason)
    {
        EnsureNotClosed();
        Status = FollowUpStatus.Paused;
        StatusReason = Check.NotNullOrWhiteSpace(reason, "reason", FollowUpConsts.MaxReasonLength);
        EscalationLevel = 0;
    }

    /// <summary>Back on schedule; a due date that passed while paused becomes today (or the next working day).</summary>
    public void Resume(DateOnly today, WorkingDayCalendar calendar)
    {
        if (Status != FollowUpStatus.Paused)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PlanNotPaused);
        }
        Status = FollowUpStatus.Active;
        StatusReason = null;
        NextDueDate = calendar.OnOrAfter(NextDueDate < today ? today : NextDueDate);
    }

    public void Close(string reason)
    {
        EnsureNotClosed();
        Status = FollowUpStatus.Closed;
        StatusReason = Check.NotNullOrWhiteSpace(reason, "reason", FollowUpConsts.MaxReasonLength);
        EscalationLevel = 0;
    }

    /// <summary>
    /// The award it started from no longer earns a follow-up (removed, or corrected to no prize): the plan closes,
    /// keeping its services and requests; <paramref name="removed"/> lets the award record go.
    /// </summary>
    public void EndWithAward(string reason, bool removed)
    {
        if (Status != FollowUpStatus.Closed)
        {
            Close(reason);
        }
        if (removed)
        {
            AwardRecordId = null;
        }
    }

    private void EnsureNotClosed()
    {
        if (Status == FollowUpStatus.Closed)
        {
            throw new BusinessException(CultivationDomainErrorCodes.PlanClosed);
        }
    }
}

public interface IFollowUpPlanRepository : Repositories.IRepository<FollowUpPlan, Guid>
{
    Task<List<FollowUpPlan>> GetByAwardRecordsAsync(IReadOnlyCollection<Guid> awardRecordIds, CancellationToken cancellationToken = default);

    /// <summary>Adds plans just started by recorded awards (in bulk when an import recorded thousands).</summary>
    Task InsertStartedAsync(IReadOnlyCollection<FollowUpPlan> plans, CancellationToken cancellationToken = default);

    /// <summary>
    /// The plans started by these awards that nobody has worked on: active, never served, never changed since they
    /// started (tracked). An import's revert takes them back with the award.
    /// </summary>
    Task<List<FollowUpPlan>> GetUntouchedOfAwardsAsync(IReadOnlyCollection<Guid> awardRecordIds, CancellationToken cancellationToken = default);

    /// <summary>Removes for good plans already deleted (and audited), with their reminders, so their enterprise may go too.</summary>
    Task PurgeAsync(IReadOnlyCollection<Guid> planIds, CancellationToken cancellationToken = default);

    /// <summary>The active plans of an enterprise (any district: used when it moves).</summary>
    Task<List<FollowUpPlan>> GetActiveOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken = default);
}
