using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Districts;

public sealed class EfCoreDistrictRepository(CultivationDbContext dbContext)
    : EfCoreRepository<District, Guid>(dbContext), IDistrictRepository
{
    public Task<List<District>> GetAllAsync(CancellationToken cancellationToken = default) =>
        DbSet.OrderBy(d => d.DisplayOrder).ToListAsync(cancellationToken);
}
