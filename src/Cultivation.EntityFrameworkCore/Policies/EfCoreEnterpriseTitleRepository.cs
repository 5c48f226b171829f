using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.EntityFrameworkCore;
using Cultivation.FollowUps;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Policies;

public sealed class EfCoreEnterpriseTitleRepository(CultivationDbContext dbContext, ICultivationDbProvider provider)
    : EfCoreRepository<EnterpriseTitle, Guid>(dbContext), IEnterpriseTitleRepository
{
    private const int Active = (int)EnterpriseTitleStatus.Active;
    private const int UpdateDue = (int)ReminderKind.TitleUpdateDue;
    private const int ReviewDue = (int)ReminderKind.TitleReviewDue;
    private const int Expiring = (int)ReminderKind.TitleExpiring;

    public Task<EnterpriseTitle?> FindRenewableAsync(Guid enterpriseId, Guid programmeId, CancellationToken cancellationToken = default) =>
        DbSet.Where(t => t.EnterpriseId == enterpriseId && t.ProgrammeId == programmeId && t.Status != EnterpriseTitleStatus.Revoked)
            .OrderByDescending(t => t.GrantedOn).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> HasActiveAsync(Guid enterpriseId, Guid programmeId, CancellationToken cancellationToken = default) =>
        DbSet.AnyAsync(t => t.EnterpriseId == enterpriseId && t.ProgrammeId == programmeId && t.Status == EnterpriseTitleStatus.Active, cancellationToken);

    public Task<List<EnterpriseTitle>> GetOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<IDistrictScoped>();
        return DbSet.Where(t => t.EnterpriseId == enterpriseId).ToListAsync(cancellationToken);
    }

    public async Task<List<Guid>> LapseExpiredAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<IDistrictScoped>();
        var expired = DbSet.Where(t => t.Status == EnterpriseTitleStatus.Active && t.ValidUntil != null && t.ValidUntil < today);
        var enterprises = await expired.Select(t => t.EnterpriseId).Distinct().ToListAsync(cancellationToken);
        if (enterprises.Count > 0)
        {
            await expired.ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, EnterpriseTitleStatus.Lapsed)
                .SetProperty(t => t.EndedOn, today)
                .SetProperty(t => t.NextUpdateDueOn, (DateOnly?)null), cancellationToken);
        }
        return enterprises;
    }

    public async Task<int> AdvanceUpdateDutyAsync(Guid programmeId, DateOnly today, DateOnly? next, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<IDistrictScoped>();
        var passed = DbSet.Where(t => t.ProgrammeId == programmeId && t.Status == EnterpriseTitleStatus.Active && t.NextUpdateDueOn != null && t.NextUpdateDueOn < today);
        if (next is not { } nextDue)
        {
            return await passed.ExecuteUpdateAsync(s => s.SetProperty(t => t.NextUpdateDueOn, (DateOnly?)null), cancellationToken);
        }
        var beyond = await passed.Where(t => t.ValidUntil != null && t.ValidUntil < nextDue)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.NextUpdateDueOn, (DateOnly?)null), cancellationToken);
        return beyond + await passed.ExecuteUpdateAsync(s => s.SetProperty(t => t.NextUpdateDueOn, nextDue), cancellationToken);
    }

    public Task<int> AddRemindersAsync(DateOnly today, Guid runId, DateTime now, CancellationToken cancellationToken = default) =>
        DbContext.Database.ExecuteSqlRawAsync(AddRemindersSql,
        [
            runId, now, today, today.AddDays(PolicyTitleConsts.UpdateReminderDays), today.AddDays(PolicyTitleConsts.ReviewReminderDays),
            today.AddDays(PolicyTitleConsts.ExpiryReminderDays)
        ], cancellationToken);

    public async Task<List<TitleReminderToNotify>> GetCreatedRemindersAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<ISoftDelete>();
        using var __ = DbContext.DisableFilter<IDistrictScoped>();
        return await (from r in DbContext.Reminders
                      where r.RunId == runId
                      join t in DbSet on r.SubjectId equals t.Id
                      join e in DbContext.Enterprises on t.EnterpriseId equals e.Id
                      join p in DbContext.PolicyProgrammes on t.ProgrammeId equals p.Id
                      select new TitleReminderToNotify(r.Kind, t.Id, r.DueDate, e.Id, e.Name, r.DistrictId, p.Name))
            .ToListAsync(cancellationToken);
    }

    // {0} run id, {1} now, {2} today, {3} update duty within, {4} 复核 within, {5} expiry within. Active titles of live
    // enterprises; each reminder key (title, due date, kind) once.
    private string AddRemindersSql => $$"""
        {{provider.InsertIgnore}} INTO AppReminders (SubjectId, DueDate, Kind, DistrictId, EnterpriseId, RunId, CreationTime)
        SELECT t.Id, t.NextUpdateDueOn, {{UpdateDue}}, t.DistrictId, t.EnterpriseId, {0}, {1}
        FROM AppEnterpriseTitles t JOIN AppEnterprises e ON e.Id = t.EnterpriseId
        WHERE e.IsDeleted = 0 AND t.Status = {{Active}} AND t.NextUpdateDueOn >= {2} AND t.NextUpdateDueOn <= {3}
        UNION ALL
        SELECT t.Id, t.ReviewDueOn, {{ReviewDue}}, t.DistrictId, t.EnterpriseId, {0}, {1}
        FROM AppEnterpriseTitles t JOIN AppEnterprises e ON e.Id = t.EnterpriseId
        WHERE e.IsDeleted = 0 AND t.Status = {{Active}} AND t.ReviewDueOn >= {2} AND t.ReviewDueOn <= {4}
        UNION ALL
        SELECT t.Id, t.ValidUntil, {{Expiring}}, t.DistrictId, t.EnterpriseId, {0}, {1}
        FROM AppEnterpriseTitles t JOIN AppEnterprises e ON e.Id = t.EnterpriseId
        WHERE e.IsDeleted = 0 AND t.Status = {{Active}} AND t.ValidUntil >= {2} AND t.ValidUntil <= {5}
        """;
}
