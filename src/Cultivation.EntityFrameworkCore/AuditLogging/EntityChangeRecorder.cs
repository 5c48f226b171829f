using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.Enterprises;
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
    /// <summary>The audit fields every audited entity has: bookkeeping of the log itself, not worth a row of it.</summary>
    private static readonly HashSet<string> AuditFields =
    [
        nameof(IHasConcurrencyStamp.ConcurrencyStamp), nameof(IHasCreationTime.CreationTime), nameof(ICreationAuditedObject.CreatorId),
        nameof(IModificationAuditedObject.LastModificationTime), nameof(IModificationAuditedObject.LastModifierId),
        nameof(IDeletionAuditedObject.DeletionTime), nameof(IDeletionAuditedObject.DeleterId)
    ];

    private static readonly ConcurrentDictionary<Type, bool> AuditedTypes = new();
    private static readonly ConcurrentDictionary<(Type, string), bool> SkippedProperties = new();

    private static readonly ConcurrentDictionary<(Type, string), bool> PersonalDataCache = new();

    public static AuditLog? Record(DbContext context, IReadOnlyCollection<(EntityEntry Entry, EntityChangeType Type)> changes,
        DateTime now, Guid? userId, string? userName, AuditRequestInfo? request, Guid? importBatchId = null, bool track = true,
        AuditAction? action = null, AuditLog? appendTo = null)
    {
        var audited = changes.Where(c => IsAudited(c.Entry)).ToList();
        if (audited.Count == 0)
        {
            return null;
        }
        var log = appendTo ?? new AuditLog(Guid.CreateVersion7(), userId, userName, now, request, importBatchId, action);
        var recorded = new List<EntityChange>(audited.Count);
        foreach (var (entry, type) in audited)
        {
            var change = new EntityChange(Guid.CreateVersion7(), log.Id, now, type, entry.Metadata.ClrType.Name, EntityId(entry),
                EnterpriseIdOf(entry.Entity), (entry.Entity as IDistrictScoped)?.DistrictId);
            if (type == EntityChangeType.Created)
            {
                AddCreatedValues(change, entry.Metadata, entry.Entity, p => entry.CurrentValues[p]);
                recorded.Add(change);
                continue;
            }
            foreach (var property in entry.Properties.Where(p => IsRecorded(p, type)))
            {
                change.Add(new EntityPropertyChange(Guid.CreateVersion7(), change.Id, property.Metadata.Name,
                    Format(property.Metadata, property.OriginalValue),
                    type == EntityChangeType.Deleted ? null : Format(property.Metadata, property.CurrentValue),
                    IsPersonalData(entry.Metadata.ClrType, property.Metadata.Name)));
            }
            recorded.Add(change);
        }
        recorded.ForEach(log.Add);
        if (track && appendTo is null)
        {
            context.Add(log);
        }
        else if (track)
        {
            context.AddRange(recorded);
        }
        return log;
    }

    /// <summary>
    /// The audit log of new entities that are not tracked (written by <c>RelationalBulkInsert</c>): the same records a
    /// save would make for them as added entities. Their types have no shadow properties.
    /// </summary>
    public static AuditLog? RecordCreated(IReadOnlyCollection<(Microsoft.EntityFrameworkCore.Metadata.IEntityType Type, object Entity)> created,
        DateTime now, Guid? userId, string? userName, AuditRequestInfo? request, Guid? importBatchId, bool withValues = true, AuditAction? action = null)
    {
        var audited = created.Where(c => IsAudited(c.Type.ClrType)).ToList();
        if (audited.Count == 0)
        {
            return null;
        }
        var log = new AuditLog(Guid.CreateVersion7(), userId, userName, now, request, importBatchId, action);
        foreach (var (type, entity) in audited)
        {
            var id = string.Join(",", type.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(p.GetGetter().GetClrValueUsingContainingEntity(entity), CultureInfo.InvariantCulture)));
            var change = new EntityChange(Guid.CreateVersion7(), log.Id, now, EntityChangeType.Created, type.ClrType.Name, id,
                EnterpriseIdOf(entity), (entity as IDistrictScoped)?.DistrictId);
            if (withValues)
            {
                AddCreatedValues(change, type, entity, p => throw new InvalidOperationException($"{type.ClrType.Name}.{p.Name} is a shadow property."));
            }
            log.Add(change);
        }
        return log;
    }

    /// <summary>Every set property of a new entity (as <see cref="IsRecorded"/> decides for Created), read through the model's compiled getters.</summary>
    private static void AddCreatedValues(EntityChange change, Microsoft.EntityFrameworkCore.Metadata.IEntityType type, object entity,
        Func<Microsoft.EntityFrameworkCore.Metadata.IProperty, object?> readShadow)
    {
        foreach (var property in CreatedShapes.GetOrAdd(type, DescribeCreated))
        {
            var value = property.Getter is null ? readShadow(property.Property) : property.Getter.GetClrValueUsingContainingEntity(entity);
            if (value is not null)
            {
                change.Add(new EntityPropertyChange(Guid.CreateVersion7(), change.Id, property.Property.Name, null,
                    Format(property.Property, value), property.IsPersonalData));
            }
        }
    }

    /// <summary>Whether changes of the type are recorded: not when it says <see cref="DisableAuditingAttribute"/>, nor Identity's sign-in tokens.</summary>
    internal static bool IsAudited(Type clrType) =>
        AuditedTypes.GetOrAdd(clrType, type => !type.IsDefined(typeof(DisableAuditingAttribute), inherit: true)
            && !typeof(Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>).IsAssignableFrom(type));

    private static bool IsAudited(EntityEntry entry) => IsAudited(entry.Metadata.ClrType);

    internal static bool IsSkipped(Type type, string property) =>
        AuditFields.Contains(property)
        || SkippedProperties.GetOrAdd((type, property), key =>
            key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance)?.IsDefined(typeof(DisableAuditingAttribute), true) == true);

    private static bool IsRecorded(PropertyEntry property, EntityChangeType type)
    {
        if (property.Metadata.IsShadowProperty() && !property.Metadata.IsForeignKey() || IsSkipped(property.EntityEntry.Metadata.ClrType, property.Metadata.Name))
        {
            return false;
        }
        return type switch
        {
            EntityChangeType.Created => property.CurrentValue is not null && !property.Metadata.IsPrimaryKey(),
            EntityChangeType.Updated => property.IsModified && !Equals(Format(property.Metadata, property.OriginalValue), Format(property.Metadata, property.CurrentValue)),
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

    private static readonly ConcurrentDictionary<Microsoft.EntityFrameworkCore.Metadata.IEntityType, CreatedProperty[]> CreatedShapes = new();

    private sealed record CreatedProperty(Microsoft.EntityFrameworkCore.Metadata.IProperty Property,
        Microsoft.EntityFrameworkCore.Metadata.IClrPropertyGetter? Getter, bool IsPersonalData);

    /// <summary>The properties recorded for a new entity of the type: as <see cref="IsRecorded"/> decides for Created, less the value test.</summary>
    private static CreatedProperty[] DescribeCreated(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        type.GetProperties()
            .Where(p => !(p.IsShadowProperty() && !p.IsForeignKey()) && !IsSkipped(type.ClrType, p.Name) && !p.IsPrimaryKey())
            .Select(p => new CreatedProperty(p, p.IsShadowProperty() ? null : p.GetGetter(), IsPersonalData(type.ClrType, p.Name)))
            .ToArray();

    private static string? Format(Microsoft.EntityFrameworkCore.Metadata.IProperty property, object? value)
    {
        if (value is null)
        {
            return null;
        }
        var converter = property.GetValueConverter();
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
            key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance)?.IsDefined(typeof(PersonalDataAttribute), true) == true);
}
