using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cultivation.EntityFrameworkCore.Sqlite;

/// <summary>Used by <c>dotnet ef</c> to add SQLite migrations (see etc/scripts/add-migration.sh).</summary>
public sealed class SqliteCultivationDbContextFactory : IDesignTimeDbContextFactory<CultivationDbContext>
{
    public CultivationDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CultivationDbContext>();
        new SqliteCultivationDbProvider().Configure(options, "Data Source=design-time.db");
        return new CultivationDbContext(options.Options);
    }
}
