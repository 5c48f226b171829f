using System.Globalization;
using Cultivation.Districts;
using Cultivation.Identity;
using Cultivation.Notifications;
using Cultivation.Repositories;
using Cultivation.Timing;

namespace Cultivation.FollowUps;

/// <summary>
/// Monday 09:00: each officer gets what is due this week, what is overdue, what they logged last week and
/// their open requests; municipal staff get coverage by district. Once per person and week.
/// </summary>
public sealed class WeeklyDigestRun(
    IFollowUpPlanRepository plans,
    IServiceRecordRepository services,
    IEnterpriseRequestRepository requests,
    IDistrictRepository districts,
    INotificationRecipients recipients,
    IRepository<Notification, Guid> notifications,
    NotificationWriter writer,
    IAsyncQueryableExecuter executer,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = ShanghaiTime.Today(clock);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var week = $"{ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):00}";
        var sourceKey = $"digest:{week}";
        var alreadySent = (await executer.ToListAsync((await notifications.GetQueryableAsync()).Where(n => n.SourceKey == sourceKey).Select(n => n.UserId), cancellationToken)).ToHashSet();
        var sent = 0;
        await unitOfWork.ExecuteInTransactionAsync(async ct =>
        {
            var active = (await plans.GetQueryableAsync()).Where(p => p.Status == FollowUpStatus.Active && p.OfficerId != null);
            var plansByOfficer = await executer.ToListAsync(active.GroupBy(p => new { OfficerId = p.OfficerId!.Value, p.DistrictId }).Select(g => new
            {
                g.Key.OfficerId,
                g.Key.DistrictId,
                DueThisWeek = g.Count(p => p.NextDueDate >= monday && p.NextDueDate <= monday.AddDays(6)),
                Overdue = g.Count(p => p.NextDueDate < today)
            }), ct);
            var lastWeek = await executer.ToListAsync((await services.GetQueryableAsync())
                .Where(s => s.OfficerId != null && s.ServedOn >= monday.AddDays(-7) && s.ServedOn < monday)
                .GroupBy(s => s.OfficerId!.Value).Select(g => new { OfficerId = g.Key, Count = g.Count() }), ct);
            var requestsByOwner = await executer.ToListAsync((await requests.GetQueryableAsync())
                .Where(r => r.OwnerId != null && r.Status != RequestStatus.Resolved)
                .GroupBy(r => new { OwnerId = r.OwnerId!.Value, r.DistrictId }).Select(g => new { g.Key.OwnerId, g.Key.DistrictId, Count = g.Count() }), ct);

            // Plans and requests count for the people who are their district's officers now (see FollowUpReminderRun).
            var officers = await recipients.GetDistrictOfficersAsync(
                plansByOfficer.Select(p => p.DistrictId).Concat(requestsByOwner.Select(r => r.DistrictId)).Distinct().ToList(), ct);
            bool IsOfficerOf(Guid userId, Guid districtId) => officers.GetValueOrDefault(districtId)?.Any(o => o.UserId == userId) == true;
            var perOfficer = plansByOfficer.Where(p => IsOfficerOf(p.OfficerId, p.DistrictId)).ToList();
            var openRequests = requestsByOwner.Where(r => IsOfficerOf(r.OwnerId, r.DistrictId)).ToList();
            var people = officers.Values.SelectMany(o => o).DistinctBy(o => o.UserId).ToDictionary(o => o.UserId);

            var officerIds = perOfficer.Select(o => o.OfficerId).Concat(openRequests.Select(r => r.OwnerId)).Distinct().Where(id => !alreadySent.Contains(id)).ToList();
            foreach (var id in officerIds)
            {
                var message = new NotificationMessage(
                    NotificationTexts.Format("Digest:Officer:Title", week),
                    NotificationTexts.Format("Digest:Officer:Body", perOfficer.Where(o => o.OfficerId == id).Sum(o => o.DueThisWeek),
                        perOfficer.Where(o => o.OfficerId == id).Sum(o => o.Overdue),
                        lastWeek.FirstOrDefault(s => s.OfficerId == id)?.Count ?? 0, openRequests.Where(r => r.OwnerId == id).Sum(r => r.Count)),
                    "/follow-ups", sourceKey);
                await writer.WriteAsync(message, [people[id]], null, ct);
                sent++;
            }

            var byDistrict = await executer.ToListAsync((await plans.GetQueryableAsync()).Where(p => p.Status == FollowUpStatus.Active)
                .GroupBy(p => p.DistrictId).Select(g => new { DistrictId = g.Key, Active = g.Count(), Overdue = g.Count(p => p.NextDueDate < today) }), ct);
            var names = (await districts.GetAllAsync(ct)).ToDictionary(d => d.Id, d => d.Name);
            var lines = byDistrict.OrderByDescending(d => d.Overdue).Select(d => NotificationTexts.Format("Digest:Municipal:Line", names[d.DistrictId], d.Active, d.Overdue));
            var municipal = (await recipients.GetActiveUsersInRoleAsync(CultivationRoles.MunicipalReviewer, ct))
                .Concat(await recipients.GetActiveUsersInRoleAsync(CultivationRoles.MunicipalAdmin, ct))
                .Where(r => !alreadySent.Contains(r.UserId)).DistinctBy(r => r.UserId).ToList();
            if (municipal.Count > 0)
            {
                await writer.WriteAsync(new NotificationMessage(NotificationTexts.Format("Digest:Municipal:Title", week), string.Join("\n", lines),
                    "/follow-ups/coverage", sourceKey), municipal, null, ct);
                sent += municipal.Count;
            }
        }, cancellationToken);
        return sent;
    }
}
