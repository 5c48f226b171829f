using Cultivation.Repositories;

namespace Cultivation.IndustryFields;

public interface IIndustryFieldRepository : IRepository<IndustryField, Guid>
{
    /// <summary>The whole catalogue, retired entries included (it is small).</summary>
    Task<List<IndustryField>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<IndustryField?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);
}
