using Cultivation.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Cultivation.EntityFrameworkCore.Sqlite;

/// <summary>The embedded default: a SQLite file, migrations in this project.</summary>
public sealed class SqliteCultivationDbProvider : ICultivationDbProvider
{
    public const string ProviderName = "Sqlite";

    public string Name => ProviderName;

    public string InsertIgnore => "INSERT OR IGNORE";

    public void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite =>
        {
            sqlite.MigrationsAssembly(typeof(SqliteCultivationDbProvider).Assembly.GetName().Name);
            sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery);
        });

    // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555).
    public bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };
}
