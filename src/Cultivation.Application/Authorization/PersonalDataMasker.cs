using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Cultivation.Identity;
using Cultivation.Permissions;
using Cultivation.Users;
using Cultivation.Validation;

namespace Cultivation.Authorization;

public enum PersonalDataVisibility
{
    /// <summary>Shown as stored (holders of Cultivation.PersonalData).</summary>
    Full,
    /// <summary>Shown with the middle hidden: 138****5678, z***@example.com.</summary>
    Masked,
    /// <summary>Not sent at all (investors).</summary>
    Hidden
}

/// <summary>
/// Applies the personal-data rule to any DTO graph before it leaves the application: values of properties
/// marked [PersonalData] are masked for readers without the permission and removed for investors.
/// </summary>
public sealed class PersonalDataMasker(IPermissionChecker permissions, ICurrentPrincipalAccessor principal, ICurrentUser currentUser)
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo[] Personal, PropertyInfo[] Nested)> Shapes = new();

    public async Task<PersonalDataVisibility> GetVisibilityAsync()
    {
        if (currentUser.IsInRole(CultivationRoles.Investor))
        {
            return PersonalDataVisibility.Hidden;
        }
        return principal.Principal is { } user && await permissions.IsGrantedAsync(user, CultivationPermissions.PersonalData)
            ? PersonalDataVisibility.Full
            : PersonalDataVisibility.Masked;
    }

    public async Task ApplyAsync(object? graph)
    {
        if (graph is null)
        {
            return;
        }
        var visibility = await GetVisibilityAsync();
        if (visibility != PersonalDataVisibility.Full)
        {
            Apply(graph, visibility, 0);
        }
    }

    public static void Apply(object? value, PersonalDataVisibility visibility, int depth)
    {
        if (value is null or string || depth > 8 || value.GetType().IsValueType)
        {
            return;
        }
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Apply(item, visibility, depth + 1);
            }
            return;
        }
        var (personal, nested) = Shapes.GetOrAdd(value.GetType(), Describe);
        foreach (var property in personal)
        {
            var text = (string?)property.GetValue(value);
            var kind = property.GetCustomAttribute<PersonalDataAttribute>()!.Kind;
            property.SetValue(value, visibility == PersonalDataVisibility.Hidden ? null : Mask(text, kind));
        }
        foreach (var property in nested)
        {
            Apply(property.GetValue(value), visibility, depth + 1);
        }
    }

    public static string? Mask(string? value, PersonalDataKind kind)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }
        switch (kind)
        {
            case PersonalDataKind.Email when value.IndexOf('@') is > 0 and var at:
                return value[0] + "***" + value[at..];
            case PersonalDataKind.Phone when value.Length >= 7:
                return value[..3] + new string('*', value.Length - 7) + value[^4..];
            case PersonalDataKind.IdNumber when value.Length >= 8:
                return value[..4] + new string('*', value.Length - 8) + value[^4..];
            default:
                return value.Length <= 2 ? new string('*', value.Length) : value[0] + new string('*', value.Length - 2) + value[^1];
        }
    }

    private static (PropertyInfo[], PropertyInfo[]) Describe(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        var personal = properties.Where(p => p.PropertyType == typeof(string) && p.CanWrite && p.IsDefined(typeof(PersonalDataAttribute), true)).ToArray();
        var nested = properties.Where(p => p.PropertyType != typeof(string) && !p.PropertyType.IsValueType
                                           && (p.PropertyType.Namespace?.StartsWith("Cultivation", StringComparison.Ordinal) == true
                                               || typeof(IEnumerable).IsAssignableFrom(p.PropertyType))).ToArray();
        return (personal, nested);
    }
}
