using Cultivation.Repositories;

namespace Cultivation.IndustryFields;

public interface IIndustryFieldRepository : IRepository<IndustryField, Guid>
{
    Task<IndustryField?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);
}
