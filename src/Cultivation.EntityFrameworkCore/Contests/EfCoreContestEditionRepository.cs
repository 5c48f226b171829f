using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Contests;

public sealed class EfCoreContestEditionRepository(CultivationDbContext dbContext)
    : EfCoreRepository<ContestEdition, Guid>(dbContext), IContestEditionRepository
{
    public Task<ContestEdition?> FindByYearAsync(int year, CancellationToken cancellationToken = default) =>
        DbSet.FirstOrDefaultAsync(e => e.Year == year, cancellationToken);
}
