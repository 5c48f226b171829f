using Cultivation.Enterprises;
using Cultivation.Events;
using Cultivation.Timing;

namespace Cultivation.Policies;

/// <summary>
/// A granted decision of a programme that confers a title starts that title's validity (or renews the title the
/// enterprise held); a rejected decision or a project's support grants nothing.
/// </summary>
public sealed class PolicyTitleGranter(IPolicyProgrammeRepository programmes, IEnterpriseTitleRepository titles, TimeProvider clock)
    : IDomainEventHandler<PolicyApplicationDecidedEvent>
{
    public async Task HandleAsync(IReadOnlyList<PolicyApplicationDecidedEvent> events, CancellationToken cancellationToken = default)
    {
        var today = ShanghaiTime.Today(clock);
        foreach (var decided in events.Where(e => e.Decision == PolicyDecision.Granted))
        {
            var programme = await programmes.GetAsync(decided.ProgrammeId, includeDetails: true, cancellationToken);
            if (!programme.ConfersTitle)
            {
                continue;
            }
            var grantedOn = decided.DecidedOn > today ? today : decided.DecidedOn;
            if (await titles.FindRenewableAsync(decided.EnterpriseId, programme.Id, cancellationToken) is { } held)
            {
                held.Renew(programme, grantedOn, decided.ApplicationId, today);
            }
            else
            {
                await titles.InsertAsync(EnterpriseTitle.Grant(Guid.CreateVersion7(), decided.EnterpriseId, decided.DistrictId, programme, grantedOn,
                    decided.ApplicationId, today), cancellationToken: cancellationToken);
            }
        }
    }
}

/// <summary>When an enterprise moves district, its titles move with it.</summary>
public sealed class PolicyTitleDistrictMover(IEnterpriseTitleRepository titles) : IDomainEventHandler<EnterpriseMovedEvent>
{
    public async Task HandleAsync(IReadOnlyList<EnterpriseMovedEvent> events, CancellationToken cancellationToken = default)
    {
        foreach (var moved in events)
        {
            foreach (var title in await titles.GetOfEnterpriseAsync(moved.EnterpriseId, cancellationToken))
            {
                title.DistrictId = moved.ToDistrictId;
            }
        }
    }
}
