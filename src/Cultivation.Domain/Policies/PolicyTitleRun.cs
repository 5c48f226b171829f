using Cultivation.Districts;
using Cultivation.FollowUps;
using Cultivation.Notifications;
using Cultivation.Profiles;
using Cultivation.Repositories;
using Cultivation.Timing;

namespace Cultivation.Policies;

public sealed record PolicyTitleRunResult(int Lapsed, int DutiesAdvanced, int Reminders, int Notified)
{
    public override string ToString() => $"lapsed {Lapsed}, update duties moved on {DutiesAdvanced}, reminders {Reminders}, notifications {Notified}";
}

/// <summary>
/// The daily title scan (Shanghai time), all set-based and in one transaction: titles whose validity ended are marked
/// lapsed, passed information-update deadlines move to the next year's (as the version in force then sets it), and the
/// reminders ahead of the update duty, 复核 and expiry are added to the reminder table (each once, whatever the number of
/// runs or nodes) and told to the district's officers through the inbox and outbox.
/// </summary>
public sealed class PolicyTitleRun(
    IEnterpriseTitleRepository titles,
    IPolicyProgrammeRepository programmes,
    IProfileIndexQueue profileIndex,
    INotificationRecipients recipients,
    IDistrictRepository districts,
    NotificationWriter writer,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<PolicyTitleRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = ShanghaiTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        PolicyTitleRunResult? result = null;
        await unitOfWork.ExecuteInTransactionAsync(async ct =>
        {
            var lapsed = await titles.LapseExpiredAsync(today, ct);
            if (lapsed.Count > 0)
            {
                await profileIndex.EnqueueEnterprisesAsync(lapsed, now, ct);
            }
            var advanced = 0;
            foreach (var programme in (await programmes.GetListWithRuleSetsAsync(ct)).Where(p => p.ConfersTitle))
            {
                advanced += await titles.AdvanceUpdateDutyAsync(programme.Id, today, programme.NextInformationUpdate(today.AddDays(-1), null), ct);
            }
            var runId = Guid.CreateVersion7();
            await titles.AddRemindersAsync(today, runId, now, ct);
            var created = await titles.GetCreatedRemindersAsync(runId, ct);
            var notified = await NotifyAsync(created, ct);
            result = new PolicyTitleRunResult(lapsed.Count, advanced, created.Count, notified);
        }, cancellationToken);
        return result!;
    }

    private async Task<int> NotifyAsync(List<TitleReminderToNotify> created, CancellationToken cancellationToken)
    {
        if (created.Count == 0)
        {
            return 0;
        }
        var districtById = (await districts.GetAllAsync(cancellationToken)).ToDictionary(d => d.Id);
        var officers = await recipients.GetDistrictOfficersAsync(created.Select(r => r.DistrictId).Distinct().ToList(), cancellationToken);
        var notified = 0;
        foreach (var reminder in created)
        {
            var district = districtById[reminder.DistrictId];
            var to = officers.GetValueOrDefault(reminder.DistrictId) ?? [];
            var kind = reminder.Kind.ToString();
            var due = reminder.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await writer.WriteAsync(new NotificationMessage(
                NotificationTexts.Format($"Reminder:{kind}:Title", reminder.EnterpriseName, reminder.ProgrammeName),
                NotificationTexts.Format($"Reminder:{kind}:Body", reminder.EnterpriseName, reminder.ProgrammeName, due, district.Name),
                $"/enterprises/{reminder.EnterpriseId}",
                $"reminder:{kind}:{reminder.TitleId:N}:{due}"), to, district.Code, cancellationToken);
            notified += to.Count;
        }
        return notified;
    }
}
