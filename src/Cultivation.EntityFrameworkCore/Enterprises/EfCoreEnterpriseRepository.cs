using Cultivation.Auditing;
using Cultivation.Contests;
using Cultivation.Entities;
using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Enterprises;

public sealed class EfCoreEnterpriseRepository(CultivationDbContext dbContext)
    : EfCoreRepository<Enterprise, Guid>(dbContext), IEnterpriseRepository
{
    protected override IQueryable<Enterprise> WithDetails(IQueryable<Enterprise> query) =>
        query.Include(e => e.Contacts).Include(e => e.Awards).Include(e => e.Figures).Include(e => e.FinancingRounds).AsSplitQuery();

    /// <summary>In every district, deleted ones included: a credit code is registered once.</summary>
    public async Task<Enterprise?> FindByCreditCodeAsync(string creditCode, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<ISoftDelete>();
        using var __ = DbContext.DisableFilter<IDistrictScoped>();
        return await DbSet.FirstOrDefaultAsync(e => e.CreditCode == creditCode, cancellationToken);
    }

    /// <summary>In every district.</summary>
    public async Task<bool> AnyAwardAsync(Guid editionId, ContestTrack? track, PrizeLevel? level, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<IDistrictScoped>();
        return await DbContext.AwardRecords
            .Where(a => a.EditionId == editionId)
            .Where(a => track == null || a.Track == track)
            .Where(a => level == null || a.PrizeLevel == level)
            .Join(DbSet, a => a.EnterpriseId, e => e.Id, (a, e) => a.Id)
            .AnyAsync(cancellationToken);
    }

    public async Task<Dictionary<(Guid EditionId, ContestTrack Track, PrizeLevel Level), int>> CountPrizesAsync(
        IReadOnlyCollection<Guid> editionIds, CancellationToken cancellationToken = default)
    {
        if (editionIds.Count == 0)
        {
            return [];
        }
        using var _ = DbContext.DisableFilter<IDistrictScoped>();
        var counts = await DbContext.AwardRecords
            .Where(a => editionIds.Contains(a.EditionId) && a.PrizeLevel != null)
            .Join(DbSet, a => a.EnterpriseId, e => e.Id, (a, e) => a)
            .GroupBy(a => new { a.EditionId, a.Track, a.PrizeLevel })
            .Select(g => new { g.Key.EditionId, g.Key.Track, g.Key.PrizeLevel, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => (c.EditionId, c.Track, c.PrizeLevel!.Value), c => c.Count);
    }

    // Joined on the award table itself: reached through the enterprises (SelectMany) it becomes a derived table
    // that SQLite materializes whole. Projecting the latest award's columns instead would make EF rank every award
    // with ROW_NUMBER(), or repeat the dive once per column.
    public IQueryable<EnterpriseWithLatestAward> WithLatestAward(IQueryable<Enterprise> enterprises) =>
        from e in enterprises
        join a in DbContext.AwardRecords
            on e.Awards.OrderByDescending(x => x.EditionYear).Select(x => (Guid?)x.Id).FirstOrDefault() equals a.Id into latest
        from a in latest.DefaultIfEmpty()
        select new EnterpriseWithLatestAward { Enterprise = e, LatestAward = a };

    /// <summary>In every district.</summary>
    public async Task<bool> AnyUsingIndustryFieldAsync(Guid industryFieldId, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<IDistrictScoped>();
        return await DbSet.AnyAsync(e => e.IndustryFieldId == industryFieldId, cancellationToken);
    }
}
