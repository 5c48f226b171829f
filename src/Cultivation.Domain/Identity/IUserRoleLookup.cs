namespace Cultivation.Identity;

/// <summary>Role names of many users in one query (UserManager only offers one user at a time).</summary>
public interface IUserRoleLookup
{
    Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);

    /// <summary>Ids of the users holding <paramref name="roleName"/>, as a query to filter on.</summary>
    IQueryable<Guid> UsersInRole(string roleName);
}
