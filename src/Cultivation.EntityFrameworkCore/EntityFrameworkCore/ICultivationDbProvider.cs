using Microsoft.EntityFrameworkCore;

namespace Cultivation.EntityFrameworkCore;

/// <summary>
/// A database provider Cultivation can run on (SQLite embedded, MySQL/MariaDB in production). Each lives
/// in its own project with its migrations; the host picks one by <c>Database:Provider</c>.
/// </summary>
public interface ICultivationDbProvider
{
    string Name { get; }

    void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>The statement prefix that inserts rows and silently skips those whose key exists ("INSERT IGNORE").</summary>
    string InsertIgnore { get; }

    /// <summary>Whether a failed save broke a unique index (each provider reports it its own way).</summary>
    bool IsUniqueViolation(DbUpdateException exception);
}
