using System.Text.Json;
using Cultivation.Auditing;
using Cultivation.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cultivation.EntityFrameworkCore;

public static class ModelBuilderExtensions
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Maps ABP's conventional columns: audit fields, soft delete and the concurrency stamp.</summary>
    public static EntityTypeBuilder<T> ConfigureByConvention<T>(this EntityTypeBuilder<T> b)
        where T : class
    {
        if (typeof(IHasConcurrencyStamp).IsAssignableFrom(typeof(T)))
        {
            b.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).HasMaxLength(40).IsRequired().IsConcurrencyToken();
        }
        if (typeof(ISoftDelete).IsAssignableFrom(typeof(T)))
        {
            b.Property(nameof(ISoftDelete.IsDeleted)).HasDefaultValue(false);
        }
        return b;
    }

    /// <summary>
    /// Stores a small value collection that is never queried in SQL as one JSON text column, the same on
    /// every provider; changes inside the collection are detected by value.
    /// </summary>
    public static PropertyBuilder<List<TItem>> HasJsonConversion<TItem>(this PropertyBuilder<List<TItem>> property)
    {
        property.HasConversion(
                v => JsonSerializer.Serialize(v, JsonOptions),
                v => JsonSerializer.Deserialize<List<TItem>>(v, JsonOptions) ?? new List<TItem>(),
                new ValueComparer<List<TItem>>(
                    (a, b) => a != null && b != null ? a.SequenceEqual(b) : a == b,
                    v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                    v => v.ToList()))
            .IsRequired();
        return property;
    }

    /// <summary>A small value object stored as JSON text, compared by value.</summary>
    public static PropertyBuilder<T?> HasJsonValue<T>(this PropertyBuilder<T?> property)
        where T : class
    {
        property.HasConversion(
            v => v == null ? null : JsonSerializer.Serialize(v, JsonOptions),
            v => v == null ? null : JsonSerializer.Deserialize<T>(v, JsonOptions),
            new ValueComparer<T?>(
                (a, c) => JsonSerializer.Serialize(a, JsonOptions) == JsonSerializer.Serialize(c, JsonOptions),
                v => v == null ? 0 : JsonSerializer.Serialize(v, JsonOptions).GetHashCode(StringComparison.Ordinal),
                v => v == null ? null : JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, JsonOptions), JsonOptions)));
        return property;
    }

    public static string TableName(string plural) => CultivationConsts.DbTablePrefix + plural;
}
