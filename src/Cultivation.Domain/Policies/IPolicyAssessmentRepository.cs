using Cultivation.Repositories;

namespace Cultivation.Policies;

public interface IPolicyAssessmentRepository : IRepository<PolicyAssessment, Guid>;
