using Cultivation.Districts;
using Cultivation.Enterprises;
using Cultivation.Identity;
using Cultivation.Localization;
using Cultivation.Repositories;
using Cultivation.Timing;
using Microsoft.AspNetCore.Identity;

namespace Cultivation.FollowUps;

/// <summary>Plans as the screens show them (enterprise, district, award and officer by name, days overdue), in one query.</summary>
public sealed class FollowUpPlanProjection(
    IEnterpriseRepository enterprises,
    IDistrictRepository districts,
    UserManager<AppUser> users,
    IAsyncQueryableExecuter executer,
    TimeProvider clock)
{
    public async Task<List<FollowUpPlanDto>> ToDtosAsync(IQueryable<FollowUpPlan> query, CancellationToken cancellationToken)
    {
        var english = DisplayLanguage.IsEnglish;
        var enterpriseQuery = await enterprises.GetQueryableAsync();
        var awards = enterpriseQuery.SelectMany(e => e.Awards);
        var rows = await executer.ToListAsync(
            from p in query
            join e in enterpriseQuery on p.EnterpriseId equals e.Id
            join d in await districts.GetQueryableAsync() on p.DistrictId equals d.Id
            join a in awards on p.AwardRecordId equals (Guid?)a.Id into planAwards
            from a in planAwards.DefaultIfEmpty()
            join u in users.Users on p.OfficerId equals u.Id into officers
            from u in officers.DefaultIfEmpty()
            select new FollowUpPlanDto
            {
                Id = p.Id,
                EnterpriseId = p.EnterpriseId,
                EnterpriseName = e.Name,
                DistrictId = p.DistrictId,
                DistrictName = english ? d.EnglishName : d.Name,
                EditionId = p.EditionId,
                EditionYear = a == null ? 0 : a.EditionYear,
                Track = a == null ? default : a.Track,
                PrizeLevel = a == null ? null : a.PrizeLevel,
                NationalAdvancement = a == null ? null : a.NationalAdvancement,
                OfficerId = p.OfficerId,
                OfficerName = u == null ? null : u.DisplayName,
                CadenceDays = p.CadenceDays,
                StartsOn = p.StartsOn,
                EndsOn = p.EndsOn,
                NextDueDate = p.NextDueDate,
                LastServiceOn = p.LastServiceOn,
                Status = p.Status,
                StatusReason = p.StatusReason,
                EscalationLevel = p.EscalationLevel,
                ConcurrencyStamp = p.ConcurrencyStamp
            }, cancellationToken);
        var today = ShanghaiTime.Today(clock);
        foreach (var row in rows.Where(r => r.Status == FollowUpStatus.Active && r.NextDueDate < today))
        {
            row.DaysOverdue = today.DayNumber - row.NextDueDate.DayNumber;
        }
        return rows;
    }
}
