using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.FollowUps;

public sealed class EfCoreHolidayCalendarRepository(CultivationDbContext dbContext)
    : EfCoreRepository<HolidayCalendar, Guid>(dbContext), IHolidayCalendarRepository
{
    public Task<List<HolidayCalendar>> GetYearsAsync(int fromYear, int toYear, CancellationToken cancellationToken = default) =>
        DbSet.Where(c => c.Year >= fromYear && c.Year <= toYear).OrderBy(c => c.Year).ToListAsync(cancellationToken);

    public Task<HolidayCalendar?> FindByYearAsync(int year, CancellationToken cancellationToken = default) =>
        DbSet.FirstOrDefaultAsync(c => c.Year == year, cancellationToken);
}

public sealed class EfCoreFollowUpPolicyRepository(CultivationDbContext dbContext)
    : EfCoreRepository<FollowUpPolicy, Guid>(dbContext), IFollowUpPolicyRepository
{
    public Task<List<FollowUpPolicy>> GetForEditionsAsync(IReadOnlyCollection<Guid> editionIds, CancellationToken cancellationToken = default) =>
        DbSet.Where(p => editionIds.Contains(p.EditionId)).ToListAsync(cancellationToken);
}

public sealed class EfCoreFollowUpPlanRepository(CultivationDbContext dbContext, EfCoreBulkWriter bulk)
    : EfCoreRepository<FollowUpPlan, Guid>(dbContext), IFollowUpPlanRepository
{
    /// <summary>
    /// Below this, plans go with the save; an import's thousands of winners are written set-based (event handlers run
    /// after their save, inside its transaction, so the awards the plans point at are stored already).
    /// </summary>
    private const int BulkThreshold = 100;

    public async Task InsertStartedAsync(IReadOnlyCollection<FollowUpPlan> plans, CancellationToken cancellationToken = default)
    {
        if (plans.Count >= BulkThreshold && DbContext.Database.CurrentTransaction is not null)
        {
            await bulk.InsertAsync(plans.ToList(), cancellationToken: cancellationToken);
            return;
        }
        await InsertManyAsync(plans, cancellationToken: cancellationToken);
    }

    /// <summary>Across districts: the plan of an award exists once, whoever records the award.</summary>
    public async Task<List<FollowUpPlan>> GetByAwardRecordsAsync(IReadOnlyCollection<Guid> awardRecordIds, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<IDistrictScoped>();
        var result = new List<FollowUpPlan>(awardRecordIds.Count);
        foreach (var chunk in awardRecordIds.Chunk(1000))
        {
            result.AddRange(await DbSet.Where(p => p.AwardRecordId != null && chunk.Contains(p.AwardRecordId.Value)).ToListAsync(cancellationToken));
        }
        return result;
    }

    public async Task<List<FollowUpPlan>> GetUntouchedOfAwardsAsync(IReadOnlyCollection<Guid> awardRecordIds, CancellationToken cancellationToken = default) =>
        (await GetByAwardRecordsAsync(awardRecordIds, cancellationToken))
        .Where(p => p.Status == FollowUpStatus.Active && p.LastServiceOn == null && p.LastModificationTime == null)
        .ToList();

    public async Task PurgeAsync(IReadOnlyCollection<Guid> planIds, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<ISoftDelete>();
        foreach (var chunk in planIds.Chunk(1000))
        {
            await DbContext.Set<Reminder>().Where(r => chunk.Contains(r.SubjectId)).ExecuteDeleteAsync(cancellationToken);
            await DbSet.Where(p => chunk.Contains(p.Id) && p.IsDeleted).ExecuteDeleteAsync(cancellationToken);
        }
    }

    public async Task<List<FollowUpPlan>> GetActiveOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<IDistrictScoped>();
        return await DbSet.Where(p => p.EnterpriseId == enterpriseId && p.Status != FollowUpStatus.Closed).ToListAsync(cancellationToken);
    }
}

public sealed class EfCoreServiceRecordRepository(CultivationDbContext dbContext)
    : EfCoreRepository<ServiceRecord, Guid>(dbContext), IServiceRecordRepository;

public sealed class EfCoreEnterpriseRequestRepository(CultivationDbContext dbContext)
    : EfCoreRepository<EnterpriseRequest, Guid>(dbContext), IEnterpriseRequestRepository;

public sealed class EfCoreFollowUpRecordsOfEnterprise(CultivationDbContext dbContext) : IFollowUpRecordsOfEnterprise
{
    /// <summary>Deleted ones too, and across districts: an enterprise that moves takes all of them along.</summary>
    public async Task<(List<FollowUpPlan> Plans, List<ServiceRecord> Services, List<EnterpriseRequest> Requests)> LoadAsync(
        Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        using var _ = dbContext.DisableFilter<ISoftDelete>();
        using var __ = dbContext.DisableFilter<IDistrictScoped>();
        return (
            await dbContext.Set<FollowUpPlan>().Where(p => p.EnterpriseId == enterpriseId).ToListAsync(cancellationToken),
            await dbContext.Set<ServiceRecord>().Where(s => s.EnterpriseId == enterpriseId).ToListAsync(cancellationToken),
            await dbContext.Set<EnterpriseRequest>().Where(r => r.EnterpriseId == enterpriseId).ToListAsync(cancellationToken));
    }
}
