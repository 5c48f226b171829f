using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.Enterprises;
using Cultivation.Identity;
using Cultivation.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Cultivation.AuditLogging;

/// <summary>
/// Turns the tracked changes of one save into an <see cref="AuditLog"/> with each entity's changed
/// properties (old → new), added to the same save so that both commit or neither does.
/// </summary>
public static class EntityChangeRecorder
{
    /// <summary>Bookkeeping that is not worth an audit row, or must never be copied into one.</summary>
    private static readonly HashSet<string> SkippedProperties =
    [
        nameof(IHasConcurrencyStamp.ConcurrencyStamp), nameof(IHasCreationTime.CreationTime), nameof(ICreationAuditedObject.CreatorId),
        nameof(IModificationAuditedObject.LastModificationTime), nameof(IModificationAuditedObject.LastModifierId),
        nameof(IDeletionAuditedObject.DeletionTime), nameof(IDeletionAuditedObject.DeleterId),
        nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.NormalizedUserName),
        nameof(AppUser.NormalizedEmail), nameof(AppUser.AccessFailedCount), nameof(AppUser.LastSignInTime)
    ];

    private static readonly ConcurrentDictionary<(Type, string), bool> PersonalDataCache = new();

    public static AuditLog? Record(DbContext context, IReadOnlyCollection<(EntityEntry Entry, EntityChangeType Type)> changes,
        DateTime now, Guid? userId, string? userName, AuditRequestInfo? request)
    {
        var audited = changes.Where(c => IsAudited(c.Entry)).ToList();
        if (audited.Count == 0)
        {
            return null;
        }
        var log = new AuditLog(Guid.CreateVersion7(), userId, userName, now, request);
        foreach (var (entry, type) in audited)
        {
            var change = new EntityChange(Guid.CreateVersion7(), log.Id, now, type, entry.Metadata.ClrType.Name, EntityId(entry),
                EnterpriseIdOf(entry.Entity), (entry.Entity as IDistrictScoped)?.DistrictId);
            foreach (var property in entry.Properties.Where(p => IsRecorded(p, type)))
            {
                change.Add(new EntityPropertyChange(Guid.CreateVersion7(), change.Id, property.Metadata.Name,
                    type == EntityChangeType.Created ? null : Format(property, property.OriginalValue),
                    type == EntityChangeType.Deleted ? null : Format(property, property.CurrentValue),
                    IsPersonalData(entry.Metadata.ClrType, property.Metadata.Name)));
            }
            log.Add(change);
        }
        context.Add(log);
        return log;
    }

    private static bool IsAudited(EntityEntry entry) =>
        entry.Entity is not (AuditLog or EntityChange or EntityPropertyChange or SecurityLog or RefreshToken)
        && !entry.Metadata.ClrType.Name.StartsWith("IdentityUserToken", StringComparison.Ordinal);

    private static bool IsRecorded(PropertyEntry property, EntityChangeType type)
    {
        if (property.Metadata.IsShadowProperty() && !property.Metadata.IsForeignKey() || SkippedProperties.Contains(property.Metadata.Name))
        {
            return false;
        }
        return type switch
        {
            EntityChangeType.Created => property.CurrentValue is not null && !property.Metadata.IsPrimaryKey(),
            EntityChangeType.Updated => property.IsModified && !Equals(Format(property, property.OriginalValue), Format(property, property.CurrentValue)),
            _ => property.Metadata.Name == nameof(ISoftDelete.IsDeleted)
        };
    }

    private static string EntityId(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

    private static Guid? EnterpriseIdOf(object entity) => entity switch
    {
        Enterprise enterprise => enterprise.Id,
        IEnterpriseOwned owned => owned.EnterpriseId,
        _ => null
    };

    private static string? Format(PropertyEntry property, object? value)
    {
        if (value is null)
        {
            return null;
        }
        var converter = property.Metadata.GetValueConverter();
        if (converter is not null)
        {
            value = converter.ConvertToProvider(value);
        }
        return value switch
        {
            DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value?.ToString()
        };
    }

    private static bool IsPersonalData(Type type, string property) =>
        PersonalDataCache.GetOrAdd((type, property), key =>
            key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance)?.IsDefined(typeof(PersonalDataAttribute), true) == true
            || key.Item2 is nameof(AppUser.Email) or nameof(AppUser.PhoneNumber) && typeof(AppUser).IsAssignableFrom(key.Item1));
}
