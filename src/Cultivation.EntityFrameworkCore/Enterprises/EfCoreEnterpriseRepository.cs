using Cultivation.Contests;
using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Enterprises;

public sealed class EfCoreEnterpriseRepository(CultivationDbContext dbContext)
    : EfCoreRepository<Enterprise, Guid>(dbContext), IEnterpriseRepository
{
    protected override IQueryable<Enterprise> WithDetails(IQueryable<Enterprise> query) =>
        query.Include(e => e.Contacts).Include(e => e.Awards).Include(e => e.Figures).AsSplitQuery();

    public Task<Enterprise?> FindByCreditCodeAsync(string creditCode, CancellationToken cancellationToken = default) =>
        DbSet.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.CreditCode == creditCode, cancellationToken);

    public Task<bool> AnyAwardAsync(Guid editionId, ContestTrack? track, PrizeLevel? level, CancellationToken cancellationToken = default) =>
        DbContext.AwardRecords.IgnoreQueryFilters()
            .Where(a => a.EditionId == editionId)
            .Where(a => track == null || a.Track == track)
            .Where(a => level == null || a.PrizeLevel == level)
            .Join(DbSet.IgnoreQueryFilters().Where(e => !e.IsDeleted), a => a.EnterpriseId, e => e.Id, (a, e) => a.Id)
            .AnyAsync(cancellationToken);

    public async Task<Dictionary<(Guid EditionId, ContestTrack Track, PrizeLevel Level), int>> CountPrizesAsync(
        IReadOnlyCollection<Guid> editionIds, CancellationToken cancellationToken = default)
    {
        if (editionIds.Count == 0)
        {
            return [];
        }
        var counts = await DbContext.AwardRecords.IgnoreQueryFilters()
            .Where(a => editionIds.Contains(a.EditionId) && a.PrizeLevel != null)
            .Join(DbSet.IgnoreQueryFilters().Where(e => !e.IsDeleted), a => a.EnterpriseId, e => e.Id, (a, e) => a)
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

    public Task<bool> AnyUsingIndustryFieldAsync(Guid industryFieldId, CancellationToken cancellationToken = default) =>
        DbSet.IgnoreQueryFilters().AnyAsync(e => !e.IsDeleted && e.IndustryFieldId == industryFieldId, cancellationToken);
}
