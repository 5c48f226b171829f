using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cultivation.EntityFrameworkCore;

/// <summary>
/// Inserts many rows of one entity type with multi-row INSERT statements on the context's connection and
/// transaction, bypassing change tracking: for append-only rows written by the thousand (audit rows of a bulk
/// import, an import's report rows). Columns, conversions (enums, JSON, UTC dates) and parameter types come
/// from the EF model, so the rows are exactly what SaveChanges would write. Ids must be set by the caller.
/// </summary>
public static class RelationalBulkInsert
{
    /// <summary>Stays well under SQLite's and MySQL's limits on parameters per statement.</summary>
    private const int MaxParametersPerStatement = 30_000;
    private const int MaxRowsPerStatement = 1_000;

    public static Task InsertAsync<T>(DbContext context, IReadOnlyCollection<T> rows, CancellationToken cancellationToken = default)
        where T : class =>
        InsertAsync(context, context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."),
            rows, cancellationToken);

    public static async Task InsertAsync(DbContext context, IEntityType entityType, IReadOnlyCollection<object> rows, CancellationToken cancellationToken = default)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table), Mapping: p.GetRelationalTypeMapping()))
            .Where(c => c.Column is not null)
            .Select(c => new Column(c.Property, c.Column!, c.Mapping))
            .ToList();
        var sql = context.GetService<ISqlGenerationHelper>();
        var rowsPerStatement = Math.Clamp(MaxParametersPerStatement / columns.Count, 1, MaxRowsPerStatement);

        var connection = context.Database.GetDbConnection();
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // One prepared statement for the full chunks (sent once, then only values), one for the rest.
            DbCommand? full = null;
            try
            {
                foreach (var chunk in rows.Chunk(rowsPerStatement))
                {
                    DbCommand command;
                    if (chunk.Length == rowsPerStatement)
                    {
                        full ??= await PrepareAsync(connection, transaction, sql, table, columns, rowsPerStatement, cancellationToken);
                        command = full;
                    }
                    else
                    {
                        command = await PrepareAsync(connection, transaction, sql, table, columns, chunk.Length, cancellationToken);
                    }
                    try
                    {
                        var index = 0;
                        foreach (var row in chunk)
                        {
                            foreach (var column in columns)
                            {
                                command.Parameters[index++].Value = column.ProviderValue(row) ?? DBNull.Value;
                            }
                        }
                        await command.ExecuteNonQueryAsync(cancellationToken);
                    }
                    finally
                    {
                        if (command != full)
                        {
                            await command.DisposeAsync();
                        }
                    }
                }
            }
            finally
            {
                if (full is not null)
                {
                    await full.DisposeAsync();
                }
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static async Task<DbCommand> PrepareAsync(DbConnection connection, DbTransaction? transaction, ISqlGenerationHelper sql,
        StoreObjectIdentifier table, List<Column> columns, int rowCount, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Name))).Append(") VALUES ");
        var index = 0;
        for (var r = 0; r < rowCount; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = "p" + index++;
                text.Append(c == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, sql.GenerateParameterName(name), null, columns[c].Property.IsNullable));
            }
            text.Append(')');
        }
        command.CommandText = text.ToString();
        await command.PrepareAsync(cancellationToken);
        return command;
    }

    /// <summary>A column and how a row's value becomes the provider's (the model's value converter: enums, JSON, UTC dates).</summary>
    private sealed class Column(IProperty property, string name, RelationalTypeMapping mapping)
    {
        private readonly Func<object?, object?>? _convert = mapping.Converter?.ConvertToProvider;
        private readonly IClrPropertyGetter _getter = property.GetGetter();

        public IProperty Property { get; } = property;

        public string Name { get; } = name;

        public RelationalTypeMapping Mapping { get; } = mapping;

        public object? ProviderValue(object entity)
        {
            var value = _getter.GetClrValueUsingContainingEntity(entity);
            return value is null ? null : _convert is null ? value : _convert(value);
        }
    }
}
