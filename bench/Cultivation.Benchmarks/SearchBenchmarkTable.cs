using System.Diagnostics;
using Cultivation.Search;
using MySqlConnector;

namespace Cultivation.Benchmarks;

/// <summary>
/// The same profiles in a plain MariaDB table, searched the way a search without an engine is written: LIKE '%…%'
/// over the text columns, a page, the total and one GROUP BY per facet, each facet without its own filter.
/// </summary>
public sealed class SearchBenchmarkTable(string connectionString)
{
    public const string Database = "cultivation_bench_search";

    /// <summary>Single-valued facets, so a GROUP BY counts exactly what the engine counts.</summary>
    public static readonly (string Facet, string Column)[] Facets =
    [
        (ProfileFacets.District, "district"), (ProfileFacets.PrizeLevel, "prize_level"), (ProfileFacets.Edition, "edition"),
        (ProfileFacets.FinancingStage, "financing_stage"), (ProfileFacets.AmountBand, "amount_band"),
    ];

    public static async Task<SearchBenchmarkTable> PrepareAsync(string server, IReadOnlyList<ProfileDocument> profiles)
    {
        await using (var admin = new MySqlConnection(server))
        {
            await admin.OpenAsync();
            await Execute(admin, $"CREATE DATABASE IF NOT EXISTS {Database} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        var table = new SearchBenchmarkTable(new MySqlConnectionStringBuilder(server) { Database = Database }.ConnectionString);
        await using var connection = await table.OpenAsync();
        await Execute(connection, "DROP TABLE IF EXISTS profiles");
        await Execute(connection, """
            CREATE TABLE profiles (
              id CHAR(32) NOT NULL PRIMARY KEY,
              is_published TINYINT NOT NULL,
              name VARCHAR(200) NOT NULL,
              headline VARCHAR(300) NOT NULL,
              summary TEXT NOT NULL,
              district VARCHAR(32) NOT NULL,
              prize_level VARCHAR(16) NULL,
              edition INT NULL,
              financing_stage VARCHAR(16) NULL,
              amount_band VARCHAR(16) NULL,
              newest_at BIGINT NOT NULL,
              KEY ix_profiles_newest (newest_at)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
            """);
        var clock = Stopwatch.StartNew();
        foreach (var chunk in profiles.Chunk(1000))
        {
            await using var insert = new MySqlCommand { Connection = connection };
            var rows = new List<string>();
            for (var i = 0; i < chunk.Length; i++)
            {
                var p = chunk[i];
                rows.Add($"(@id{i},@pub{i},@name{i},@headline{i},@summary{i},@district{i},@prize{i},@edition{i},@stage{i},@band{i},@newest{i})");
                insert.Parameters.AddWithValue($"@id{i}", p.Id.ToString("N"));
                insert.Parameters.AddWithValue($"@pub{i}", p.IsPublished);
                insert.Parameters.AddWithValue($"@name{i}", p.Name);
                insert.Parameters.AddWithValue($"@headline{i}", p.Headline);
                insert.Parameters.AddWithValue($"@summary{i}", p.Summary);
                insert.Parameters.AddWithValue($"@district{i}", p.District);
                insert.Parameters.AddWithValue($"@prize{i}", p.PrizeLevel);
                insert.Parameters.AddWithValue($"@edition{i}", p.Edition);
                insert.Parameters.AddWithValue($"@stage{i}", p.FinancingStage);
                insert.Parameters.AddWithValue($"@band{i}", p.AmountBand);
                insert.Parameters.AddWithValue($"@newest{i}", p.NewestAt.UtcTicks);
            }
            insert.CommandText = "INSERT INTO profiles VALUES " + string.Join(",", rows);
            await insert.ExecuteNonQueryAsync();
        }
        await Execute(connection, "ANALYZE TABLE profiles");
        Console.WriteLine($"MariaDB table {Database}.profiles: {profiles.Count:N0} rows in {clock.Elapsed.TotalSeconds:F1} s.");
        return table;
    }

    public async Task<MySqlConnection> OpenAsync()
    {
        var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Published profiles whose name, headline or summary contains the text, newest first: total, page, facet counts.</summary>
    public static async Task<SearchBenchmarkAnswer> SearchAsync(MySqlConnection connection, SearchBenchmarkCase search)
    {
        var like = "(name LIKE @text OR headline LIKE @text OR summary LIKE @text)";
        string Where(string? exceptFacet) => string.Join(" AND ",
            new[] { "is_published = 1", like }.Concat(search.Filters.Where(f => f.Key != exceptFacet).Select(f => $"{Column(f.Key)} = @{f.Key}")));
        var sql = string.Join(";\n", new[]
        {
            $"SELECT COUNT(*) FROM profiles WHERE {Where(null)}",
            $"SELECT id FROM profiles WHERE {Where(null)} ORDER BY newest_at DESC, id LIMIT {search.Take}",
        }.Concat(Facets.Select(f => $"SELECT {f.Column}, COUNT(*) AS n FROM profiles WHERE {Where(f.Facet)} AND {f.Column} IS NOT NULL GROUP BY {f.Column} ORDER BY n DESC, {f.Column}")));
        await using var command = new MySqlCommand(sql, connection);
        command.Parameters.AddWithValue("@text", "%" + search.Text + "%");
        foreach (var filter in search.Filters)
        {
            command.Parameters.AddWithValue("@" + filter.Key, filter.Value);
        }
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var total = reader.GetInt64(0);
        await reader.NextResultAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        var facets = new Dictionary<string, string>();
        foreach (var facet in Facets)
        {
            await reader.NextResultAsync();
            var counts = new List<string>();
            while (await reader.ReadAsync())
            {
                counts.Add($"{reader.GetValue(0)}={reader.GetInt64(1)}");
            }
            facets[facet.Facet] = string.Join(",", counts);
        }
        return new SearchBenchmarkAnswer(total, ids, facets);
    }

    private static string Column(string facet) => Facets.Single(f => f.Facet == facet).Column;

    private static async Task Execute(MySqlConnection connection, string sql)
    {
        await using var command = new MySqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}

public sealed record SearchBenchmarkCase(string Text, IReadOnlyDictionary<string, string> Filters, int Take = 20);

/// <summary>What both sides answer, in one comparable shape: total, the page's ids, facet "value=count" lists.</summary>
public sealed record SearchBenchmarkAnswer(long Total, IReadOnlyList<string> PageIds, IReadOnlyDictionary<string, string> Facets)
{
    public string Describe() => $"{Total} matches, first {PageIds.FirstOrDefault() ?? "-"}";

    public string? DifferenceFrom(SearchBenchmarkAnswer other)
    {
        if (Total != other.Total)
        {
            return $"total {Total} vs {other.Total}";
        }
        if (!PageIds.SequenceEqual(other.PageIds))
        {
            return "the page differs";
        }
        var facet = Facets.Keys.FirstOrDefault(k => Facets[k] != other.Facets.GetValueOrDefault(k));
        return facet is null ? null : $"facet {facet}: {Facets[facet]} vs {other.Facets.GetValueOrDefault(facet)}";
    }
}
