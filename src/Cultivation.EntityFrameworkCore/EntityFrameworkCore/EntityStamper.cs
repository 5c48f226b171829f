using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.Users;

namespace Cultivation.EntityFrameworkCore;

/// <summary>Who and when for the audit fields, and the district a write is held to: one source for saves and bulk writes.</summary>
public sealed class EntityStamper(TimeProvider clock, ICurrentUser currentUser)
{
    public Guid? DistrictScope => currentUser.DistrictId;

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public void StampCreation(object entity) => (entity as IAuditStampable)?.StampCreation(UtcNow, currentUser.Id);

    public void StampModification(object entity) => (entity as IAuditStampable)?.StampModification(UtcNow, currentUser.Id);

    public void StampDeletion(ISoftDeleteStampable entity) => entity.StampDeletion(UtcNow, currentUser.Id);

    /// <summary>Refuses entities of another district than the writer's own (for writes that bypass the change tracker).</summary>
    public void EnsureWithinDistrictScope(IEnumerable<object> entities)
    {
        if (DistrictScope is { } scope && entities.Any(e => e is IDistrictScoped scoped && scoped.DistrictId != scope))
        {
            throw new BusinessException(CultivationDomainErrorCodes.DistrictOutOfScope, "districtId");
        }
    }
}
