using Cultivation.EntityFrameworkCore;
using Cultivation.EntityFrameworkCore.MySql;
using Cultivation.EntityFrameworkCore.Sqlite;
using MySqlConnector;

namespace Cultivation;

/// <summary>
/// A database of its own for one test class: a SQLite file in a temporary folder, or a fresh database on
/// the MariaDB server named by CULTIVATION_TEST_MYSQL (etc/scripts/test.sh starts one). Dropped afterwards.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string ProviderName { get; }

    public abstract ICultivationDbProvider Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract ValueTask DisposeAsync();

    public static TestDatabase Create(string providerName) => providerName switch
    {
        SqliteCultivationDbProvider.ProviderName => new SqliteTestDatabase(),
        MySqlCultivationDbProvider.ProviderName => MariaDbTestDatabase.Create(),
        _ => throw new ArgumentOutOfRangeException(nameof(providerName), providerName, null)
    };
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cultivation-test-").FullName;

    public override string ProviderName => SqliteCultivationDbProvider.ProviderName;

    public override ICultivationDbProvider Provider { get; } = new SqliteCultivationDbProvider();

    public override string ConnectionString => $"Data Source={Path.Combine(_folder, "test.db")};Pooling=False";

    public string Folder => _folder;

    public override ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection still closing; the folder is in the temp directory and harmless.
        }
        return ValueTask.CompletedTask;
    }
}

public sealed class MariaDbTestDatabase : TestDatabase
{
    public const string ServerVariable = "CULTIVATION_TEST_MYSQL";
    public const string ServerVersion = "10.11.0-mariadb";

    private readonly string _server;
    private readonly string _name = $"cultivation_test_{Guid.NewGuid():N}"[..40];

    private MariaDbTestDatabase(string server) => _server = server;

    public static MariaDbTestDatabase Create() =>
        new(Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set: run the tests with etc/scripts/test.sh, which starts MariaDB, or export a server connection string."));

    public override string ProviderName => MySqlCultivationDbProvider.ProviderName;

    public override ICultivationDbProvider Provider { get; } = new MySqlCultivationDbProvider(ServerVersion);

    public override string ConnectionString => new MySqlConnectionStringBuilder(_server) { Database = _name, MaximumPoolSize = 50 }.ConnectionString;

    public override async ValueTask DisposeAsync()
    {
        MySqlConnection.ClearPool(new MySqlConnection(ConnectionString));
        await using var connection = new MySqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new MySqlCommand($"DROP DATABASE IF EXISTS `{_name}`", connection);
        await command.ExecuteNonQueryAsync();
    }
}
