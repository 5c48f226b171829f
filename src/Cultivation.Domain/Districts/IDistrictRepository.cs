using Cultivation.Repositories;

namespace Cultivation.Districts;

public interface IDistrictRepository : IRepository<District, Guid>
{
    Task<List<District>> GetAllAsync(CancellationToken cancellationToken = default);
}
