using Cultivation.Enterprises;
using Cultivation.Events;
using Cultivation.Policies;

namespace Cultivation.Profiles;

/// <summary>
/// Puts the profiles whose documents changed in the index outbox, in the same transaction as the change: the
/// profile itself, or the enterprise records a document shows (awards, titles).
/// </summary>
public sealed class ProfileIndexQueuer(IProfileIndexQueue queue, TimeProvider clock)
    : IDomainEventHandler<ProfileChangedEvent>, IDomainEventHandler<AwardRecordedEvent>, IDomainEventHandler<AwardRemovedEvent>,
        IDomainEventHandler<EnterpriseTitleChangedEvent>
{
    /// <summary>A title granted, renewed or revoked shows in the profile's title facet.</summary>
    public Task HandleAsync(IReadOnlyList<EnterpriseTitleChangedEvent> events, CancellationToken cancellationToken = default) =>
        queue.EnqueueEnterprisesAsync(events.Select(e => e.EnterpriseId).Distinct().ToList(), clock.GetUtcNow().UtcDateTime, cancellationToken);

    public Task HandleAsync(IReadOnlyList<ProfileChangedEvent> events, CancellationToken cancellationToken = default) =>
        queue.EnqueueAsync(events.Select(e => e.ProfileId).Distinct(), clock.GetUtcNow().UtcDateTime, cancellationToken);

    public Task HandleAsync(IReadOnlyList<AwardRecordedEvent> events, CancellationToken cancellationToken = default) =>
        queue.EnqueueEnterprisesAsync(events.Select(e => e.EnterpriseId).Distinct().ToList(), clock.GetUtcNow().UtcDateTime, cancellationToken);

    public Task HandleAsync(IReadOnlyList<AwardRemovedEvent> events, CancellationToken cancellationToken = default) =>
        queue.EnqueueEnterprisesAsync(events.Select(e => e.EnterpriseId).Distinct().ToList(), clock.GetUtcNow().UtcDateTime, cancellationToken);
}

/// <summary>When an enterprise moves district, its profile moves with it (and is indexed under the new district).</summary>
public sealed class ProfileDistrictMover(IProjectProfileRepository profiles) : IDomainEventHandler<EnterpriseMovedEvent>
{
    public async Task HandleAsync(IReadOnlyList<EnterpriseMovedEvent> events, CancellationToken cancellationToken = default)
    {
        foreach (var moved in events)
        {
            (await profiles.FindOfEnterpriseAsync(moved.EnterpriseId, cancellationToken))?.MoveToDistrict(moved.ToDistrictId);
        }
    }
}
