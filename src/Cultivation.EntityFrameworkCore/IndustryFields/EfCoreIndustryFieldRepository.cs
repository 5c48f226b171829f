using Cultivation.Auditing;
using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.IndustryFields;

public sealed class EfCoreIndustryFieldRepository(CultivationDbContext dbContext)
    : EfCoreRepository<IndustryField, Guid>(dbContext), IIndustryFieldRepository
{
    public Task<List<IndustryField>> GetAllAsync(CancellationToken cancellationToken = default) => DbSet.ToListAsync(cancellationToken);

    /// <summary>Deleted fields included: a code is never reused.</summary>
    public async Task<IndustryField?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        using var _ = DbContext.DisableFilter<ISoftDelete>();
        return await DbSet.FirstOrDefaultAsync(f => f.Code == code, cancellationToken);
    }
}
