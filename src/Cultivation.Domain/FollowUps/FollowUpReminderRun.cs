using Cultivation.Districts;
using Cultivation.Identity;
using Cultivation.Notifications;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.Extensions.Options;

namespace Cultivation.FollowUps;

/// <summary>Configuration section "FollowUps".</summary>
public sealed class FollowUpOptions
{
    public const string SectionName = "FollowUps";

    /// <summary>Overdue by more than this many days escalates to the district lead and municipal reviewers.</summary>
    public int EscalationDays { get; set; } = FollowUpConsts.DefaultEscalationDays;
}

public sealed record ReminderRunResult(bool Skipped, int DueSoon, int DueToday, int Overdue, int Escalated, int Requests, int Notified, int Applications = 0)
{
    public override string ToString() => Skipped
        ? "not a working day"
        : $"due soon {DueSoon}, due today {DueToday}, overdue {Overdue}, escalated {Escalated}, requests {Requests}, applications {Applications}, notifications {Notified}";
}

/// <summary>
/// The daily follow-up scan (each working day at 08:30, Shanghai time): adds the reminders of the day in one
/// set-based statement and notifies the people responsible — all in one transaction, so a run that fails
/// leaves nothing behind and the next run redoes it. Running it twice, or on two nodes at once, creates each
/// reminder and each notification once.
/// </summary>
public sealed class FollowUpReminderRun(
    IReminderStore store,
    WorkingDayCalendarProvider calendarProvider,
    INotificationRecipients recipients,
    IDistrictRepository districts,
    NotificationWriter writer,
    IUnitOfWork unitOfWork,
    IOptions<FollowUpOptions> options,
    TimeProvider clock)
{
    public async Task<ReminderRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = ShanghaiTime.Today(clock);
        var calendar = await calendarProvider.LoadAsync(today, cancellationToken);
        if (!calendar.IsWorkingDay(today))
        {
            return new ReminderRunResult(true, 0, 0, 0, 0, 0, 0);
        }
        ReminderRunResult? result = null;
        await unitOfWork.ExecuteInTransactionAsync(async ct =>
        {
            var runId = Guid.CreateVersion7();
            await ScanAsync(today, calendar, runId, clock.GetUtcNow().UtcDateTime, ct);
            var created = await store.GetCreatedAsync(runId, ct);
            var notified = await NotifyAsync(created, ct);
            int Count(ReminderKind kind) => created.Count(r => r.Kind == kind);
            result = new ReminderRunResult(false, Count(ReminderKind.DueSoon), Count(ReminderKind.DueToday), Count(ReminderKind.Overdue),
                Count(ReminderKind.Escalation), Count(ReminderKind.RequestOverdue), notified, created.Count(r => r.IsApplication));
        }, cancellationToken);
        return result!;
    }

    /// <summary>
    /// The scan itself: the escalation mark, then the day's reminders of every kind in one set-based statement
    /// (none read into memory), each new one marked with <paramref name="runId"/>. Returns how many are new.
    /// Run inside the caller's transaction.
    /// </summary>
    public async Task<int> ScanAsync(DateOnly today, WorkingDayCalendar calendar, Guid runId, DateTime now, CancellationToken cancellationToken = default)
    {
        var selection = new ReminderSelection(today, today.AddDays(FollowUpConsts.DueSoonDays), today.AddDays(-options.Value.EscalationDays),
            calendar.SubtractWorkingDays(today, FollowUpConsts.RequestReminderWorkingDays),
            calendar.SubtractWorkingDays(today, Policies.PolicyApplicationConsts.EscalationWorkingDays));
        await store.EscalateAsync(selection, cancellationToken);
        return await store.AddRemindersAsync(selection, runId, now, cancellationToken);
    }

    private async Task<int> NotifyAsync(List<ReminderToNotify> created, CancellationToken cancellationToken)
    {
        if (created.Count == 0)
        {
            return 0;
        }
        var districtById = (await districts.GetAllAsync(cancellationToken)).ToDictionary(d => d.Id);
        // Who is an officer of which district is read now, not when the plan or the district was assigned:
        // someone moved, re-roled or disabled since is told nothing more about the district's enterprises.
        var officers = await recipients.GetDistrictOfficersAsync(created.Select(r => r.DistrictId).Distinct().ToList(), cancellationToken);
        var reviewers = created.Any(r => r.Kind is ReminderKind.Escalation or ReminderKind.ApplicationEscalation || r.AtCityStage)
            ? await recipients.GetActiveUsersInRoleAsync(CultivationRoles.MunicipalReviewer, cancellationToken)
            : [];
        var admins = created.Any(r => r.Kind == ReminderKind.ApplicationEscalation && r.AtCityStage)
            ? await recipients.GetActiveUsersInRoleAsync(CultivationRoles.MunicipalAdmin, cancellationToken)
            : [];
        var notified = 0;
        foreach (var reminder in created)
        {
            var district = districtById[reminder.DistrictId];
            var current = officers.GetValueOrDefault(reminder.DistrictId) ?? [];
            var to = reminder switch
            {
                // An application in the city's hands: the reviewers act; overdue beyond the threshold, the administrators are told.
                { AtCityStage: true, Kind: ReminderKind.ApplicationEscalation } => admins,
                { AtCityStage: true } => reviewers,
                { Kind: ReminderKind.Escalation or ReminderKind.ApplicationEscalation } =>
                    reviewers.Concat(OfficerAmong(current, district.LeadUserId) is { } lead ? [lead] : []).ToList(),
                _ => Responsible(reminder, district, current)
            };
            await writer.WriteAsync(Message(reminder, district), to, district.Code, cancellationToken);
            notified += to.Count;
        }
        return notified;
    }

    /// <summary>
    /// The assigned officer; else the district's default officer; else every officer of the district — never nobody,
    /// and only people who are the district's officers now.
    /// </summary>
    private static List<Recipient> Responsible(ReminderToNotify reminder, District district, List<Recipient> currentOfficers) =>
        OfficerAmong(currentOfficers, reminder.ResponsibleUserId) is { } responsible ? [responsible]
        : OfficerAmong(currentOfficers, district.DefaultOfficerId) is { } fallback ? [fallback]
        : currentOfficers;

    private static Recipient? OfficerAmong(List<Recipient> currentOfficers, Guid? userId) =>
        userId is { } id ? currentOfficers.FirstOrDefault(o => o.UserId == id) : null;

    private NotificationMessage Message(ReminderToNotify reminder, District district)
    {
        var kind = reminder.Kind.ToString();
        var due = reminder.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new NotificationMessage(
            NotificationTexts.Format($"Reminder:{kind}:Title", reminder.EnterpriseName, district.Name, options.Value.EscalationDays),
            NotificationTexts.Format($"Reminder:{kind}:Body", reminder.EnterpriseName, due, district.Name, options.Value.EscalationDays),
            reminder.IsApplication ? $"/policy-applications/{reminder.SubjectId}" : $"/enterprises/{reminder.EnterpriseId}",
            $"reminder:{kind}:{reminder.SubjectId:N}:{due}");
    }
}
