using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Policies;

public sealed class EfCorePolicyProgrammeRepository(CultivationDbContext dbContext)
    : EfCoreRepository<PolicyProgramme, Guid>(dbContext), IPolicyProgrammeRepository
{
    protected override IQueryable<PolicyProgramme> WithDetails(IQueryable<PolicyProgramme> query) => query.Include(p => p.RuleSets);

    public Task<PolicyProgramme?> FindByCodeAsync(string code, CancellationToken cancellationToken = default) =>
        WithDetails(DbSet).FirstOrDefaultAsync(p => p.Code == code, cancellationToken);

    public Task<List<PolicyProgramme>> GetListWithRuleSetsAsync(CancellationToken cancellationToken = default) =>
        WithDetails(DbSet).AsNoTracking().OrderBy(p => p.DisplayOrder).ThenBy(p => p.Code).ToListAsync(cancellationToken);
}
