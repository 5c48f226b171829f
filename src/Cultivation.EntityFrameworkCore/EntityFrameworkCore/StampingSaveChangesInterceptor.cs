using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cultivation.EntityFrameworkCore;

/// <summary>
/// Before every save: the district write guard, creation and modification stamps, soft delete (a delete becomes
/// an update that stamps the deletion), and concurrency stamps (the one the client sent, which the application
/// service put on the entity, is checked against the stored one and a new one is issued).
/// </summary>
public sealed class StampingSaveChangesInterceptor(EntityStamper stamper) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        context.ChangeTracker.DetectChanges();
        EnsureWithinDistrictScope(context);
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    stamper.StampCreation(entry.Entity);
                    break;
                case EntityState.Modified:
                    stamper.StampModification(entry.Entity);
                    RenewConcurrencyStamp(entry);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDeleteStampable softDelete:
                    entry.State = EntityState.Modified;
                    stamper.StampDeletion(softDelete);
                    RenewConcurrencyStamp(entry);
                    break;
                case EntityState.Deleted:
                    SetExpectedConcurrencyStamp(entry);
                    break;
            }
        }
    }

    /// <summary>
    /// The last line of the district policy: whatever code path writes, a district officer's save may only
    /// add or change records of their own district (the query filter already hides the others).
    /// </summary>
    private void EnsureWithinDistrictScope(DbContext context)
    {
        if (stamper.DistrictScope is not { } scope)
        {
            return;
        }
        var outside = context.ChangeTracker.Entries<IDistrictScoped>().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && (e.Entity.DistrictId != scope || (e.State == EntityState.Modified && (Guid)e.Property(nameof(IDistrictScoped.DistrictId)).OriginalValue! != scope)));
        if (outside)
        {
            throw new BusinessException(CultivationDomainErrorCodes.DistrictOutOfScope, "districtId");
        }
    }

    private static void RenewConcurrencyStamp(EntityEntry entry)
    {
        if (entry.Entity is IHasConcurrencyStamp stamped)
        {
            SetExpectedConcurrencyStamp(entry);
            stamped.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        }
    }

    /// <summary>The stamp on the entity now is the one the caller expects to be stored.</summary>
    private static void SetExpectedConcurrencyStamp(EntityEntry entry)
    {
        if (entry.Entity is IHasConcurrencyStamp stamped)
        {
            entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).OriginalValue = stamped.ConcurrencyStamp;
        }
    }
}

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
