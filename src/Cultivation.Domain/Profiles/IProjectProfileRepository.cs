using Cultivation.Repositories;

namespace Cultivation.Profiles;

public interface IProjectProfileRepository : IRepository<ProjectProfile, Guid>
{
    Task<ProjectProfile?> FindOfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken = default);

    /// <summary>The index's view of the given profiles, read across districts in a few set-based queries; deleted ones are absent.</summary>
    Task<List<ProfileIndexRow>> GetIndexRowsAsync(IReadOnlyCollection<Guid> profileIds, CancellationToken cancellationToken = default);

    /// <summary>Every profile's index view, in pages of <paramref name="pageSize"/>, for a full rebuild.</summary>
    IAsyncEnumerable<ProfileIndexRow> StreamIndexRowsAsync(int pageSize, CancellationToken cancellationToken = default);

    /// <summary>Queues the given profiles for the index (the outbox rows are added to the current unit of work).</summary>
    Task QueueForIndexAsync(IEnumerable<Guid> profileIds, DateTime now, CancellationToken cancellationToken = default);

    /// <summary>Queues the profiles of the given enterprises, if they have one.</summary>
    Task QueueEnterprisesForIndexAsync(IReadOnlyCollection<Guid> enterpriseIds, DateTime now, CancellationToken cancellationToken = default);
}
