using Cultivation.AuditLogging;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.EntityFrameworkCore;

/// <summary>Writes finished audit logs with multi-row inserts (the log, its entity changes, their property changes).</summary>
internal static class AuditLogWriter
{
    public static async Task InsertAsync(DbContext context, IReadOnlyCollection<AuditLog> logs, CancellationToken cancellationToken)
    {
        await RelationalBulkInsert.InsertAsync(context, logs.ToList(), cancellationToken);
        await RelationalBulkInsert.InsertAsync(context, logs.SelectMany(l => l.EntityChanges).ToList(), cancellationToken);
        await RelationalBulkInsert.InsertAsync(context, logs.SelectMany(l => l.EntityChanges).SelectMany(c => c.PropertyChanges).ToList(), cancellationToken);
    }
}
