using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cultivation.EntityFrameworkCore;

/// <summary>
/// Before every save: the district write guard, creation and modification stamps, soft delete (a delete becomes
/// an update that stamps the deletion), and concurrency stamps (the one the client sent, which the application
/// service put on the entity, is checked against the stored one and a new one is issued).
/// </summary>
public sealed class StampingSaveChangesInterceptor(EntityStamper stamper) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
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
