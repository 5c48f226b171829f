using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.Identity;

public sealed class EfCoreUserRoleLookup(CultivationDbContext dbContext) : IUserRoleLookup
{
    public async Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default)
    {
        var rows = await (from ur in dbContext.UserRoles
                          join r in dbContext.Roles on ur.RoleId equals r.Id
                          where userIds.Contains(ur.UserId)
                          select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.Select(r => r.Name!).Order().ToList());
    }

    public IQueryable<Guid> UsersInRole(string roleName) =>
        from ur in dbContext.UserRoles
        join r in dbContext.Roles on ur.RoleId equals r.Id
        where r.Name == roleName
        select ur.UserId;
}

public sealed class EfCoreSecurityLogRepository(CultivationDbContext dbContext) : ISecurityLogRepository
{
    public async Task InsertAsync(SecurityLog log, CancellationToken cancellationToken = default)
    {
        dbContext.SecurityLogs.Add(log);
        await dbContext.SaveChangesAsync(cancellationToken);
    }

    public async Task<(int TotalCount, List<SecurityLog> Items)> GetPagedListAsync(
        string? userName, DateTime? from, DateTime? to, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = dbContext.SecurityLogs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(userName))
        {
            query = query.Where(l => l.UserName == userName);
        }
        if (from is { } start)
        {
            query = query.Where(l => l.CreationTime >= start);
        }
        if (to is { } end)
        {
            query = query.Where(l => l.CreationTime < end);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(l => l.CreationTime).ThenByDescending(l => l.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (total, items);
    }
}
