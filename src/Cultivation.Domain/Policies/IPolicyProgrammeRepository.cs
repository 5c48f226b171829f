using Cultivation.Repositories;

namespace Cultivation.Policies;

/// <summary>Programmes are read with their rule sets (a handful of versions each).</summary>
public interface IPolicyProgrammeRepository : IRepository<PolicyProgramme, Guid>
{
    Task<PolicyProgramme?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);

    Task<List<PolicyProgramme>> GetListWithRuleSetsAsync(CancellationToken cancellationToken = default);
}
