using Cultivation.EntityFrameworkCore;
using Cultivation.Repositories;

namespace Cultivation.Policies;

public sealed class EfCorePolicyAssessmentRepository(CultivationDbContext dbContext)
    : EfCoreRepository<PolicyAssessment, Guid>(dbContext), IPolicyAssessmentRepository;
