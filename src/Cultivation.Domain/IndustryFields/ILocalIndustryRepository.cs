using Cultivation.Repositories;

namespace Cultivation.IndustryFields;

public interface ILocalIndustryRepository : IRepository<LocalIndustry, Guid>
{
    /// <summary>The whole catalogue, retired entries included (it is small).</summary>
    Task<List<LocalIndustry>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<LocalIndustry?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);
}
