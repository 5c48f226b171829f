namespace Cultivation.FollowUps;

/// <summary>
/// The daily scan's set-based statements over all plans and requests: nothing is read into memory to decide,
/// and a reminder that exists already is skipped atomically (its key is unique), so concurrent runs on two
/// nodes create each reminder once.
/// </summary>
public interface IReminderStore
{
    /// <summary>Marks the active plans overdue since before <see cref="ReminderSelection.EscalateDueBefore"/> as escalated.</summary>
    Task<int> EscalateAsync(ReminderSelection selection, CancellationToken cancellationToken = default);

    /// <summary>Adds every reminder the day calls for, of every kind, in one statement; returns how many were new.</summary>
    Task<int> AddRemindersAsync(ReminderSelection selection, Guid runId, DateTime now, CancellationToken cancellationToken = default);

    /// <summary>The reminders this run created (not those another run or node created first), with who is responsible.</summary>
    Task<List<ReminderToNotify>> GetCreatedAsync(Guid runId, CancellationToken cancellationToken = default);
}

/// <summary>
/// What the day calls for. Active plans within their cultivation period: due in (today, <paramref name="DueSoonUntil"/>]
/// → due soon; due today → due today; due before today → overdue; due before <paramref name="EscalateDueBefore"/> →
/// also an escalation. Unresolved requests raised on or before <paramref name="RequestsRaisedOnOrBefore"/> → a reminder each.
/// Open policy applications whose stage is due by <paramref name="DueSoonUntil"/>: due soon (today included) or overdue, and
/// an escalation when due before <paramref name="ApplicationsEscalateDueBefore"/> (default: <paramref name="EscalateDueBefore"/>).
/// </summary>
public sealed record ReminderSelection(DateOnly Today, DateOnly DueSoonUntil, DateOnly EscalateDueBefore, DateOnly RequestsRaisedOnOrBefore,
    DateOnly? ApplicationsEscalateDueBefore = null);

/// <param name="AtCityStage">A policy application in the city's hands (市级评审, 公示): municipal staff are responsible, not the district.</param>
public sealed record ReminderToNotify(
    ReminderKind Kind, Guid SubjectId, DateOnly DueDate, Guid EnterpriseId, string EnterpriseName, Guid DistrictId, Guid? ResponsibleUserId,
    bool AtCityStage = false)
{
    public bool IsApplication => Kind is ReminderKind.ApplicationDueSoon or ReminderKind.ApplicationOverdue or ReminderKind.ApplicationEscalation;
}
