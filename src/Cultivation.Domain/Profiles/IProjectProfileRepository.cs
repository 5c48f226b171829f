using Cultivation.Repositories;

namespace Cultivation.Profiles;

public interface IProjectProfileRepository : IRepository<ProjectProfile, Guid>
{
    Task<ProjectProfile?> FindOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    /// <summary>The index's view of the given profiles, read across districts in a few set-based queries; deleted ones are absent.</summary>
    Task<List<ProfileIndexRow>> GetIndexRowsAsync(IReadOnlyCollection<Guid> profileIds, CancellationToken cancellationToken = default);

    /// <summary>Every profile's index view, in pages of <paramref name="pageSize"/>, for a full rebuild.</summary>
    IAsyncEnumerable<ProfileIndexRow> StreamIndexRowsAsync(int pageSize, CancellationToken cancellationToken = default);
}
