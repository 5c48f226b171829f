using Cultivation.AuditLogging;
using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.Exceptions;
using Cultivation.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cultivation.EntityFrameworkCore;

/// <summary>
/// Before every save: stamps creation and modification audit fields, turns deletes of soft-deletable
/// entities into updates, renews concurrency stamps (checking the one the client sent, which the
/// application service put on the entity, against the stored one), and adds the audit log of the save.
/// </summary>
public sealed class AuditingSaveChangesInterceptor(
    TimeProvider clock,
    ICurrentUser currentUser,
    IAuditRequestInfoProvider requestInfo,
    IAuditingManager auditing) : SaveChangesInterceptor
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
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = currentUser.Id;
        EnsureWithinDistrictScope(context);
        var changes = new List<(EntityEntry, EntityChangeType)>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    (entry.Entity as IAuditStampable)?.StampCreation(now, userId);
                    changes.Add((entry, EntityChangeType.Created));
                    break;
                case EntityState.Modified:
                    (entry.Entity as IAuditStampable)?.StampModification(now, userId);
                    RenewConcurrencyStamp(entry);
                    changes.Add((entry, EntityChangeType.Updated));
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDeleteStampable softDelete:
                    entry.State = EntityState.Modified;
                    softDelete.StampDeletion(now, userId);
                    RenewConcurrencyStamp(entry);
                    changes.Add((entry, EntityChangeType.Deleted));
                    break;
                case EntityState.Deleted:
                    SetExpectedConcurrencyStamp(entry);
                    changes.Add((entry, EntityChangeType.Deleted));
                    break;
            }
        }
        if (!auditing.IsSuppressed)
        {
            EntityChangeRecorder.Record(context, changes, now, userId, currentUser.UserName, requestInfo.Current);
        }
    }

    /// <summary>
    /// The last line of the district policy: whatever code path writes, a district officer's save may only
    /// add or change records of their own district (the query filter already hides the others).
    /// </summary>
    private void EnsureWithinDistrictScope(DbContext context)
    {
        if (currentUser.DistrictId is not { } scope)
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
