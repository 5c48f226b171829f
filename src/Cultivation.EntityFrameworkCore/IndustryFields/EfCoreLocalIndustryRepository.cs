using Cultivation.Auditing;
using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.IndustryFields;

public sealed class EfCoreLocalIndustryRepository(CultivationDbContext dbContext)
    : EfCoreRepository<LocalIndustry, Guid>(dbContext), ILocalIndustryRepository
{
    public Task<List<LocalIndustry>> GetAllAsync(CancellationToken cancellationToken = default) => DbSet.ToListAsync(cancellationToken);

    /// <summary>Deleted entries included: a code is never reused.</summary>
    public async Task<LocalIndustry?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<ISoftDelete>();
        return await DbSet.FirstOrDefaultAsync(f => f.Code == code, cancellationToken);
    }
}
