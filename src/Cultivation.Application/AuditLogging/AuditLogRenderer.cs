using System.Globalization;
using Cultivation.Identity;
using Cultivation.Localization;
using Cultivation.Timing;
using Microsoft.Extensions.Localization;

namespace Cultivation.AuditLogging;

/// <summary>
/// Writes recorded changes in the words of the rest of the UI, in the request's language and at read time: the forms'
/// labels (<c>DisplayName:*</c>), entity names (<c>Entity:*</c>), enum labels (<c>Enum:*</c>), actions (<c>AuditAction:*</c>),
/// referenced records by their current name (one query per referenced type for the whole page), amounts in 万元, instants in
/// Shanghai time; bookkeeping fields are left out.
/// </summary>
public sealed class AuditLogRenderer(IAuditModel model, IStringLocalizer<CultivationResource> localizer)
{
    public async Task RenderAsync(IReadOnlyList<AuditLogDto> logs, CancellationToken cancellationToken)
    {
        var changes = logs.SelectMany(l => l.EntityChanges).ToList();
        var names = await ReadNamesAsync(changes, logs.Select(l => l.UserId), cancellationToken);
        foreach (var log in logs)
        {
            log.UserDisplayName = UserText(log.UserId, log.UserName, names);
            log.ModuleDisplayName = log.Module is null ? null : Text($"AuditModule:{log.Module}") ?? log.Module;
            Render(log.EntityChanges, names);
            log.ActionDisplayName = ActionText(log.Action) ?? log.EntityChanges.FirstOrDefault()?.ActionDisplayName ?? localizer["Audit:NoChanges"];
        }
    }

    public async Task RenderAsync(IReadOnlyList<EntityChangeDto> changes, CancellationToken cancellationToken) =>
        Render(changes, await ReadNamesAsync(changes, [], cancellationToken));

    /// <summary>The security log's actions (登录, 登录失败, …) and its users by display name.</summary>
    public async Task RenderAsync(IReadOnlyList<SecurityLogDto> logs, CancellationToken cancellationToken)
    {
        var names = new Names();
        names.Add(nameof(AppUser), await model.GetNamesAsync(nameof(AppUser), logs.Select(l => l.UserId).OfType<Guid>().ToHashSet(), cancellationToken));
        foreach (var log in logs)
        {
            log.ActionDisplayName = Text($"Enum:SecurityLogAction.{log.Action}") ?? log.Action;
            // An unknown name tried at sign-in has no user: it is shown as typed.
            log.UserDisplayName = log.UserId is { } id ? names.Find(nameof(AppUser), id) ?? log.UserName : log.UserName;
        }
    }

    public AuditLogFilterOptionsDto FilterOptions(IEnumerable<(Guid Id, string Name)> people) => new()
    {
        Users = people.Select(p => Option(p.Id.ToString(), p.Name)).ToList(),
        Modules = KeysWithPrefix("AuditModule:"),
        Actions = KeysWithPrefix("AuditAction:"),
        EntityTypes = model.EntityTypes.Select(t => Option(t, EntityText(t))).OrderBy(o => o.DisplayName, StringComparer.CurrentCulture).ToList()
    };

    private void Render(IEnumerable<EntityChangeDto> changes, Names names)
    {
        foreach (var change in changes)
        {
            change.EntityTypeDisplayName = EntityText(change.EntityType);
            change.EntityDisplayName = PermissionText((Guid.TryParse(change.EntityId, out var id) ? names.Find(change.EntityType, id) : null) ?? RecordedName(change));
            change.ChangeTypeDisplayName = localizer[$"Audit:ChangeType.{change.ChangeType}"];
            change.ActionDisplayName = ActionText(change.Action) ?? $"{change.ChangeTypeDisplayName}{change.EntityTypeDisplayName}";
            change.UserDisplayName = UserText(change.UserId, change.UserName, names);
            change.PropertyChanges = change.PropertyChanges
                .Select(p => (Change: p, Property: model.FindProperty(change.EntityType, p.PropertyName)))
                .Where(p => p.Property?.IsInternal != true)
                .Select(p =>
                {
                    p.Change.DisplayName = Text(PropertyLabelKey(p.Change.PropertyName)) ?? p.Change.PropertyName;
                    p.Change.OriginalText = ValueText(p.Property, p.Change.OriginalValue, p.Change.IsPersonalData, names);
                    p.Change.NewText = ValueText(p.Property, p.Change.NewValue, p.Change.IsPersonalData, names);
                    return p.Change;
                })
                .ToList();
        }
    }

    private string? ValueText(AuditedProperty? property, string? value, bool isPersonalData, Names names)
    {
        if (value is null || isPersonalData || property is null)
        {
            return value;
        }
        if (property.ReferencedType is { } referenced && Guid.TryParse(value, out var id))
        {
            return names.Find(referenced, id) ?? localizer["Audit:UnknownRecord"];
        }
        var type = property.ValueType;
        if (type.IsEnum)
        {
            var member = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? Enum.GetName(type, number) ?? value : value;
            return Text($"Enum:{type.Name}.{member}") ?? member;
        }
        if (type == typeof(bool) && bool.TryParse(value, out var flag))
        {
            return localizer[flag ? "Audit:Yes" : "Audit:No"];
        }
        if (type == typeof(decimal) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan))
        {
            // Amounts are kept in yuan and shown in 万元 everywhere in the UI.
            return localizer["Audit:AmountWan", (yuan / 10_000m).ToString("#,##0.00", CultureInfo.CurrentCulture)];
        }
        if (type == typeof(DateTime) && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant))
        {
            return TimeZoneInfo.ConvertTimeFromUtc(instant, ShanghaiTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }
        if (type == typeof(DateTimeOffset) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var offset))
        {
            return TimeZoneInfo.ConvertTime(offset, ShanghaiTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }
        return PermissionText(value);
    }

    /// <summary>A record deleted for good has no current name: the one the change recorded, if it did.</summary>
    private static string? RecordedName(EntityChangeDto change) =>
        change.PropertyChanges.FirstOrDefault(p => p.PropertyName == "Name" && !p.IsPersonalData) is { } name ? name.NewValue ?? name.OriginalValue : null;

    /// <summary>A permission's name (a grant's) is shown as the permission tree shows it: Cultivation.Enterprises.Export is 导出企业.</summary>
    private string? PermissionText(string? name) =>
        name is not null && name.StartsWith("Cultivation.", StringComparison.Ordinal) ? Text($"Permission:{name}") ?? name : name;

    /// <summary>The form label of a recorded property; a collection kept in a field (<c>_stages</c>) has its property's label (Stages).</summary>
    public static string PropertyLabelKey(string propertyName) =>
        propertyName is ['_', var first, .. var rest] ? $"DisplayName:{char.ToUpperInvariant(first)}{rest}" : $"DisplayName:{propertyName}";

    private string UserText(Guid? userId, string? userName, Names names) =>
        userId is { } id ? names.Find(nameof(AppUser), id) ?? userName ?? localizer["Audit:UnknownRecord"] : localizer["Audit:System"];

    private string EntityText(string entityType) => Text($"Entity:{entityType}") ?? entityType;

    private string? ActionText(string? action) => action is null ? null : Text($"AuditAction:{action}");

    private string? Text(string key) => localizer[key] is { ResourceNotFound: false } text ? text.Value : null;

    private List<AuditFilterOptionDto> KeysWithPrefix(string prefix) =>
        localizer.GetAllStrings(false)
            .Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => Option(s.Name[prefix.Length..], s.Value))
            .OrderBy(o => o.Value, StringComparer.Ordinal)
            .ToList();

    private static AuditFilterOptionDto Option(string value, string displayName) => new() { Value = value, DisplayName = displayName };

    /// <summary>The names of every record the page refers to, read with one query per referenced type.</summary>
    private async Task<Names> ReadNamesAsync(IReadOnlyCollection<EntityChangeDto> changes, IEnumerable<Guid?> userIds, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<string, HashSet<Guid>>();
        void Want(string type, string? value)
        {
            if (Guid.TryParse(value, out var id))
            {
                (wanted.TryGetValue(type, out var ids) ? ids : wanted[type] = []).Add(id);
            }
        }
        foreach (var id in userIds.Concat(changes.Select(c => c.UserId)).OfType<Guid>())
        {
            Want(nameof(AppUser), id.ToString());
        }
        foreach (var change in changes)
        {
            if (model.HasNames(change.EntityType))
            {
                Want(change.EntityType, change.EntityId);
            }
            foreach (var property in change.PropertyChanges.Where(p => !p.IsPersonalData))
            {
                if (model.FindProperty(change.EntityType, property.PropertyName)?.ReferencedType is { } referenced)
                {
                    Want(referenced, property.OriginalValue);
                    Want(referenced, property.NewValue);
                }
            }
        }
        var names = new Names();
        foreach (var (type, ids) in wanted)
        {
            names.Add(type, await model.GetNamesAsync(type, ids, cancellationToken));
        }
        return names;
    }

    private sealed class Names
    {
        private readonly Dictionary<string, Dictionary<Guid, string>> _byType = [];

        public void Add(string type, Dictionary<Guid, string> names) => _byType[type] = names;

        public string? Find(string type, Guid id) => _byType.TryGetValue(type, out var names) ? names.GetValueOrDefault(id) : null;
    }
}
