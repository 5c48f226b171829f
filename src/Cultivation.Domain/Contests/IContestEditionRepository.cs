using Cultivation.Repositories;

namespace Cultivation.Contests;

public interface IContestEditionRepository : IRepository<ContestEdition, Guid>
{
    Task<ContestEdition?> FindByYearAsync(int year, CancellationToken cancellationToken = default);
}
