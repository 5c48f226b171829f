using Cultivation.Entities;

namespace Cultivation.Identity;

/// <summary>A permission granted to a role ("R", key = role name) or to one user ("U", key = user id), as ABP stores grants.</summary>
public class PermissionGrant : Entity<Guid>
{
    public const string RoleProvider = "R";
    public const string UserProvider = "U";

    public string Name { get; private set; } = null!;
    public string ProviderName { get; private set; } = null!;
    public string ProviderKey { get; private set; } = null!;

    private PermissionGrant()
    {
    }

    public PermissionGrant(Guid id, string name, string providerName, string providerKey) : base(id)
    {
        Name = name;
        ProviderName = providerName;
        ProviderKey = providerKey;
    }
}

public interface IPermissionGrantRepository
{
    Task<List<string>> GetGrantedNamesAsync(string providerName, IReadOnlyCollection<string> providerKeys, CancellationToken cancellationToken = default);

    /// <summary>Replaces the grants of one provider key with exactly <paramref name="names"/>.</summary>
    Task ReplaceAsync(string providerName, string providerKey, IReadOnlyCollection<string> names, CancellationToken cancellationToken = default);
}
