namespace Cultivation.Permissions;

/// <summary>A permission in the tree (group → parent → child); its display name is the localized text "Permission:&lt;Name&gt;".</summary>
public sealed class PermissionDefinition
{
    private readonly List<PermissionDefinition> _children = [];

    public PermissionDefinition(string name, PermissionDefinition? parent = null)
    {
        Name = name;
        Parent = parent;
    }

    public string Name { get; }

    public PermissionDefinition? Parent { get; }

    public IReadOnlyList<PermissionDefinition> Children => _children;

    public string DisplayNameKey => "Permission:" + Name;

    public PermissionDefinition AddChild(string name)
    {
        var child = new PermissionDefinition(name, this);
        _children.Add(child);
        return child;
    }

    public IEnumerable<PermissionDefinition> SelfAndDescendants() => _children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}

public sealed class PermissionGroupDefinition(string name)
{
    private readonly List<PermissionDefinition> _permissions = [];

    public string Name { get; } = name;

    public string DisplayNameKey => "Permission:" + Name;

    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    public PermissionDefinition AddPermission(string name)
    {
        var permission = new PermissionDefinition(name);
        _permissions.Add(permission);
        return permission;
    }

    public IEnumerable<PermissionDefinition> All() => _permissions.SelectMany(p => p.SelfAndDescendants());
}
