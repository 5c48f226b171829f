using Cultivation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Cultivation.EntityFrameworkCore.MySql;

/// <summary>
/// The production provider: MySQL 8 or MariaDB 10.11 through Pomelo, with an explicit server version
/// (no round trip to detect it), utf8mb4 throughout and retries on transient failures.
/// </summary>
public sealed class MySqlCultivationDbProvider(string serverVersion = MySqlCultivationDbProvider.DefaultServerVersion) : ICultivationDbProvider
{
    public const string ProviderName = "MySql";
    public const string DefaultServerVersion = "8.0.36-mysql";

    public string Name => ProviderName;

    public string InsertIgnore => "INSERT IGNORE";

    public void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        options.UseMySql(connectionString, ServerVersion.Parse(serverVersion), mysql =>
        {
            mysql.MigrationsAssembly(typeof(MySqlCultivationDbProvider).Assembly.GetName().Name);
            mysql.EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2), errorNumbersToAdd: null);
            mysql.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery);
        });
        options.ReplaceService<IModelCustomizer, MySqlModelCustomizer>();
    }

    public bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is MySqlException { ErrorCode: MySqlErrorCode.DuplicateKeyEntry };
}
