using Cultivation.EntityFrameworkCore;
using Cultivation.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Notifications;

public sealed class EfCoreNotificationRecipients(CultivationDbContext dbContext) : INotificationRecipients
{
    public async Task<Dictionary<Guid, Recipient>> GetUsersAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default) =>
        await dbContext.Users.Where(u => userIds.Contains(u.Id) && u.IsActive)
            .Select(u => new Recipient(u.Id, u.DisplayName, u.Email))
            .ToDictionaryAsync(r => r.UserId, cancellationToken);

    public async Task<Dictionary<Guid, List<Recipient>>> GetDistrictOfficersAsync(IReadOnlyCollection<Guid> districtIds, CancellationToken cancellationToken = default)
    {
        var officers = UsersInRole(CultivationRoles.DistrictOfficer);
        var rows = await (from u in dbContext.Users
                          where u.IsActive && u.DistrictId != null && districtIds.Contains(u.DistrictId.Value)
                          where officers.Contains(u.Id)
                          select new { DistrictId = u.DistrictId!.Value, Recipient = new Recipient(u.Id, u.DisplayName, u.Email) })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.DistrictId).ToDictionary(g => g.Key, g => g.Select(r => r.Recipient).ToList());
    }

    public Task<List<Recipient>> GetActiveUsersInRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        var members = UsersInRole(role);
        return dbContext.Users.Where(u => u.IsActive && members.Contains(u.Id))
            .Select(u => new Recipient(u.Id, u.DisplayName, u.Email))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<Guid> UsersInRole(string role) =>
        from ur in dbContext.UserRoles
        join r in dbContext.Roles on ur.RoleId equals r.Id
        where r.Name == role
        select ur.UserId;
}
