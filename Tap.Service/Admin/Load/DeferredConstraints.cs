using Dapper;
using Npgsql;

namespace Tap.Service.Admin.Load;

/// <summary>
/// Drops a table's secondary indexes and foreign keys for a bulk load and recreates them at the end
/// from the definitions the database itself reports (pg_get_indexdef, pg_get_constraintdef), so the
/// DDL in schema/ stays the only place they are written. Building an index once, and checking a
/// foreign key with one join, is far cheaper than maintaining them row by row. Primary and unique
/// keys stay: the upsert relies on them.
/// </summary>
internal sealed class DeferredConstraints
{
    private readonly List<(string Name, string Sql)> _indexes = [];
    private readonly List<(string Name, string Sql)> _foreignKeys = [];

    public int Count => _indexes.Count + _foreignKeys.Count;

    public async Task DropAsync(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        var foreignKeys = await connection.QueryAsync<(string Name, string Definition)>(new CommandDefinition(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = @table::regclass AND contype = 'f' ORDER BY 1",
            new { table },
            cancellationToken: cancellation));
        foreach (var (name, definition) in foreignKeys)
        {
            var quoted = StagingTable.Quote(name);
            await connection.ExecuteAsync(new CommandDefinition($"ALTER TABLE {table} DROP CONSTRAINT {quoted}", cancellationToken: cancellation));
            _foreignKeys.Add((name, $"ALTER TABLE {table} ADD CONSTRAINT {quoted} {definition}"));
        }

        var indexes = await connection.QueryAsync<(string Name, string Definition)>(new CommandDefinition(
            """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            WHERE i.indrelid = @table::regclass
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 1
            """,
            new { table },
            cancellationToken: cancellation));
        foreach (var (name, definition) in indexes)
        {
            await connection.ExecuteAsync(new CommandDefinition($"DROP INDEX {name}", cancellationToken: cancellation));
            _indexes.Add((name, definition));
        }
    }

    /// <summary>Indexes first, then foreign keys, whose check then finds the referenced keys indexed.</summary>
    public async Task RecreateAsync(NpgsqlConnection connection, Action<string> report, CancellationToken cancellation)
    {
        foreach (var (name, sql) in _indexes.Concat(_foreignKeys))
        {
            report(name);
            await connection.ExecuteAsync(new CommandDefinition(sql, commandTimeout: 0, cancellationToken: cancellation));
        }

        _indexes.Clear();
        _foreignKeys.Clear();
    }
}
