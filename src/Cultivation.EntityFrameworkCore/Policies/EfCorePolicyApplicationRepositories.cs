using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Policies;

public sealed class EfCorePolicyBatchRepository(CultivationDbContext dbContext)
    : EfCoreRepository<PolicyBatch, Guid>(dbContext), IPolicyBatchRepository;

public sealed class EfCorePolicyPipelineTemplateRepository(CultivationDbContext dbContext)
    : EfCoreRepository<PolicyPipelineTemplate, Guid>(dbContext), IPolicyPipelineTemplateRepository
{
    public Task<PolicyPipelineTemplate?> FindByProgrammeAsync(Guid programmeId, CancellationToken cancellationToken = default) =>
        DbSet.FirstOrDefaultAsync(t => t.ProgrammeId == programmeId, cancellationToken);
}

public sealed class EfCorePolicyApplicationRepository(CultivationDbContext dbContext)
    : EfCoreRepository<PolicyApplication, Guid>(dbContext), IPolicyApplicationRepository
{
    protected override IQueryable<PolicyApplication> WithDetails(IQueryable<PolicyApplication> query) =>
        query.Include(a => a.Materials).Include(a => a.Scores).Include(a => a.Objections).Include(a => a.History).AsSplitQuery();

    /// <summary>Across districts: the rule holds whoever asks (an officer never sees another district's anyway).</summary>
    public Task<bool> HasOpenAsync(Guid enterpriseId, Guid batchId, CancellationToken cancellationToken = default) =>
        DbSet.IgnoreQueryFilters().AnyAsync(a => a.EnterpriseId == enterpriseId && a.OpenBatchId == batchId, cancellationToken);
}

public sealed class EfCorePolicyDocumentRepository(CultivationDbContext dbContext)
    : EfCoreRepository<PolicyDocument, Guid>(dbContext), IPolicyDocumentRepository;
