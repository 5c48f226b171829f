using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.AuditLogging;

public sealed class EfCoreAuditLogRepository(CultivationDbContext dbContext) : IAuditLogRepository
{
    public async Task<(int TotalCount, List<AuditLog> Items)> GetPagedListAsync(AuditLogQuery filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = dbContext.AuditLogs.AsNoTracking();
        if (!filter.IncludeSystem)
        {
            query = query.Where(l => !l.IsSystem);
        }
        if (!string.IsNullOrWhiteSpace(filter.Module))
        {
            query = query.Where(l => l.Module == filter.Module);
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(l => l.Action == filter.Action);
        }
        if (filter.UserId is { } userId)
        {
            query = query.Where(l => l.UserId == userId);
        }
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            query = query.Where(l => l.UserName == filter.UserName);
        }
        if (filter.From is { } from)
        {
            query = query.Where(l => l.ExecutionTime >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(l => l.ExecutionTime < to);
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityType) || !string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(l => l.EntityChanges.Any(c =>
                (filter.EntityType == null || c.EntityType == filter.EntityType) && (filter.EntityId == null || c.EntityId == filter.EntityId)));
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(l => l.ExecutionTime).ThenByDescending(l => l.Id)
            .Skip(skip).Take(take)
            .Include(l => l.EntityChanges).ThenInclude(c => c.PropertyChanges)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return (total, items);
    }

    public async Task<(int TotalCount, List<(EntityChange Change, AuditLog Log)> Items)> GetEnterpriseHistoryAsync(
        Guid enterpriseId, int skip, int take, CancellationToken cancellationToken = default)
    {
        var changes = dbContext.EntityChanges.AsNoTracking().Where(c => c.EnterpriseId == enterpriseId);
        var total = await changes.CountAsync(cancellationToken);
        var page = await changes
            .OrderByDescending(c => c.ChangeTime).ThenByDescending(c => c.Id)
            .Skip(skip).Take(take)
            .Include(c => c.PropertyChanges)
            .Join(dbContext.AuditLogs, c => c.AuditLogId, l => l.Id, (c, l) => new { Change = c, Log = l })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return (total, page.Select(p => (p.Change, p.Log)).ToList());
    }
}
