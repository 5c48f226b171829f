using System.Collections.Concurrent;
using System.Reflection;
using Cultivation.Auditing;
using Cultivation.Entities;
using Cultivation.EntityFrameworkCore;
using Cultivation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cultivation.AuditLogging;

/// <summary>Reads recorded properties through the EF model: foreign keys name the records they refer to.</summary>
public sealed class EfCoreAuditModel(CultivationDbContext dbContext) : IAuditModel
{
    /// <summary>
    /// User ids are kept without a foreign key (a user's deletion must not touch what they did), so the model does not say
    /// they refer to a user: these names do.
    /// </summary>
    private static readonly HashSet<string> UserIds =
        ["OfficerId", "OwnerId", "LeadUserId", "DefaultOfficerId", "CommitterId", "ReverterId", "ActorId", "UserId"];

    /// <summary>Owned records carry their enterprise's id and district as copies; the enterprise's history shows them once, on it.</summary>
    private static readonly HashSet<string> OwnerCopies = [nameof(IEnterpriseOwned.EnterpriseId), nameof(IDistrictScoped.DistrictId)];

    private static readonly ConcurrentDictionary<(string, string), AuditedProperty?> Properties = new();
    private static readonly MethodInfo NamesOfType = typeof(EfCoreAuditModel).GetMethod(nameof(NamesAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static IReadOnlyDictionary<string, IEntityType>? _types;

    private IReadOnlyDictionary<string, IEntityType> Types => _types ??= dbContext.Model.GetEntityTypes()
        .Where(t => !t.IsOwned() && !t.HasSharedClrType && EntityChangeRecorder.IsAudited(t.ClrType))
        .GroupBy(t => t.ClrType.Name).ToDictionary(g => g.Key, g => g.First());

    public IReadOnlyList<string> EntityTypes => Types.Keys.Order(StringComparer.Ordinal).ToList();

    public AuditedProperty? FindProperty(string entityType, string propertyName) =>
        Properties.GetOrAdd((entityType, propertyName), key => Describe(key.Item1, key.Item2));

    public bool HasNames(string entityType) => Types.TryGetValue(entityType, out var type) && NameOf(type) is not null;

    public async Task<Dictionary<Guid, string>> GetNamesAsync(string entityType, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0 || !Types.TryGetValue(entityType, out var type) || NameOf(type) is not { } name)
        {
            return [];
        }
        // A record renamed since shows its current name; a deleted one, or one in another district, still has one.
        using var _ = dbContext.DisableFilter<ISoftDelete>();
        using var __ = dbContext.DisableFilter<IDistrictScoped>();
        // An English reader gets a record's English name where it has one (districts, industry fields).
        var englishName = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            && type.FindProperty(EnglishNameProperty) is { ClrType: var e } && e == typeof(string) ? EnglishNameProperty : name;
        var task = (Task<Dictionary<Guid, string>>)NamesOfType.MakeGenericMethod(type.ClrType).Invoke(this, [ids.Distinct().ToList(), name, englishName, cancellationToken])!;
        return await task;
    }

    private const string EnglishNameProperty = "EnglishName";

    public async Task<List<(Guid Id, string Name)>> GetPeopleAsync(CancellationToken cancellationToken = default) =>
        (await dbContext.Set<AppUser>().AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
            .Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken))
        .Select(u => (u.Id, string.IsNullOrEmpty(u.DisplayName) ? u.UserName ?? string.Empty : u.DisplayName)).ToList();

    private async Task<Dictionary<Guid, string>> NamesAsync<T>(List<Guid> ids, string name, string preferredName, CancellationToken cancellationToken) where T : class =>
        (await dbContext.Set<T>().AsNoTracking()
            .Where(e => ids.Contains(EF.Property<Guid>(e, "Id")))
            .Select(e => new { Id = EF.Property<Guid>(e, "Id"), Name = EF.Property<string?>(e, name), Preferred = EF.Property<string?>(e, preferredName) })
            .ToListAsync(cancellationToken))
        .Select(e => new { e.Id, Name = string.IsNullOrEmpty(e.Preferred) ? e.Name : e.Preferred })
        .Where(e => !string.IsNullOrEmpty(e.Name))
        .ToDictionary(e => e.Id, e => e.Name!);

    /// <summary>The property that names a record: a user's display name, else a Name.</summary>
    private static string? NameOf(IEntityType type) =>
        type.FindProperty(nameof(AppUser.DisplayName)) is { ClrType: var t } && t == typeof(string) ? nameof(AppUser.DisplayName)
        : type.FindProperty("Name") is { ClrType: var n } && n == typeof(string) ? "Name"
        : null;

    private AuditedProperty? Describe(string entityType, string propertyName)
    {
        if (!Types.TryGetValue(entityType, out var type) || type.FindProperty(propertyName) is not { } property)
        {
            return null;
        }
        var valueType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        var referenced = property.GetContainingForeignKeys().Select(fk => fk.PrincipalEntityType).FirstOrDefault(t => t != type || !property.IsPrimaryKey())?.ClrType.Name
                         ?? (valueType == typeof(Guid) && UserIds.Contains(propertyName) ? nameof(AppUser) : null);
        var isInternal = property.IsPrimaryKey()
                         || propertyName == nameof(ISoftDelete.IsDeleted)
                         // Identity's normalised copies (NormalizedName) repeat the name in capitals.
                         || propertyName.StartsWith("Normalized", StringComparison.Ordinal)
                         || EntityChangeRecorder.IsSkipped(type.ClrType, propertyName)
                         || typeof(IEnterpriseOwned).IsAssignableFrom(type.ClrType) && OwnerCopies.Contains(propertyName)
                         // An id of a record without a name (the award a plan follows, the plan a service belongs to) says nothing to a reader.
                         || valueType == typeof(Guid) && (referenced is null || !HasNames(referenced));
        return new AuditedProperty(valueType, referenced is not null && HasNames(referenced) ? referenced : null, isInternal);
    }
}
