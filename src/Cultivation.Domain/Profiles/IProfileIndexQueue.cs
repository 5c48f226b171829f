namespace Cultivation.Profiles;

/// <summary>The search index's outbox (<see cref="ProfileIndexChange"/>): what to write again, and how far behind the index is.</summary>
public interface IProfileIndexQueue
{
    /// <summary>Adds the profiles to the current unit of work's outbox: they commit (or not) with the change.</summary>
    Task EnqueueAsync(IEnumerable<Guid> profileIds, DateTime now, CancellationToken cancellationToken = default);

    /// <summary>Queues the profiles of the given enterprises, if they have one.</summary>
    Task EnqueueEnterprisesAsync(IReadOnlyCollection<Guid> enterpriseIds, DateTime now, CancellationToken cancellationToken = default);

    /// <summary>Every profile, when the index is rebuilt or found empty.</summary>
    Task EnqueueAllAsync(DateTime now, CancellationToken cancellationToken = default);

    Task<List<ProfileIndexChange>> GetDueAsync(DateTime now, int take, CancellationToken cancellationToken = default);

    /// <summary>Removes written changes in one statement.</summary>
    Task CompleteAsync(IReadOnlyCollection<Guid> changeIds, CancellationToken cancellationToken = default);

    /// <summary>Removes every change queued up to <paramref name="until"/> (a full rebuild has written them).</summary>
    Task CompleteQueuedUntilAsync(DateTime until, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt on each change, which backs off before the next.</summary>
    Task DeferAsync(IReadOnlyCollection<Guid> changeIds, string error, DateTime now, CancellationToken cancellationToken = default);

    Task<ProfileIndexLag> GetLagAsync(CancellationToken cancellationToken = default);
}

/// <param name="Pending">Changes waiting to reach the index.</param>
/// <param name="Failing">Of those, how many failed at least once.</param>
/// <param name="OldestQueuedTime">When the oldest waiting change was made.</param>
/// <param name="LastError">The latest failure, if any change is failing.</param>
public sealed record ProfileIndexLag(int Pending, int Failing, DateTime? OldestQueuedTime, string? LastError);
