using MySqlConnector;
using Quartz;

namespace Cultivation.Scheduling;

/// <summary>
/// Creates the clustered job store's tables on MySQL from the DDL that ships inside Quartz.dll (every
/// statement creates only what is missing, so running it again changes nothing). The DbMigrator runs it.
/// </summary>
public static class QuartzSchema
{
    public const string TablePrefix = "QRTZ_";
    private const string Resource = "Quartz.Impl.AdoJobStore.Schema.create_mysql_innodb.sql";

    public static async Task CreateMySqlAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var assembly = typeof(IJob).Assembly;
        await using var stream = assembly.GetManifestResourceStream(Resource) ?? throw new InvalidOperationException($"{Resource} is not in Quartz.dll.");
        var script = await new StreamReader(stream).ReadToEndAsync(cancellationToken);
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var statement in script.Split("\n--;;", StringSplitOptions.RemoveEmptyEntries))
        {
            var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, statement, TablePrefix, TablePrefix).Trim();
            if (sql.Split('\n').All(line => line.TrimStart().StartsWith("--", StringComparison.Ordinal) || line.Trim().Length == 0))
            {
                continue;
            }
            await using var command = new MySqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
