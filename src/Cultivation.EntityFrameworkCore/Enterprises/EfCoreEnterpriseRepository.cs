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

    public Task<bool> AnyUsingIndustryFieldAsync(Guid industryFieldId, CancellationToken cancellationToken = default) =>
        DbSet.IgnoreQueryFilters().AnyAsync(e => !e.IsDeleted && e.IndustryFieldId == industryFieldId, cancellationToken);
}
