using Dapper;
using Npgsql;

namespace Tap.Service.Admin.Load;

/// <summary>
/// Drops constraints and indexes for a bulk load and recreates them at the end from the definitions
/// the database itself reports (pg_get_constraintdef, pg_get_indexdef), so the DDL in schema/ stays
/// the only place they are written. Building an index once and checking a foreign key with one join
/// is far cheaper than maintaining them row by row.
/// </summary>
internal sealed class DeferredConstraints
{
    private readonly List<(string Name, string Sql)> _keys = [];
    private readonly List<(string Name, string Sql)> _indexes = [];
    private readonly List<(string Name, string Sql)> _foreignKeys = [];

    public int Count => _keys.Count + _indexes.Count + _foreignKeys.Count;

    public Task DropForeignKeysAsync(NpgsqlConnection connection, string table, CancellationToken cancellation) =>
        DropConstraintsAsync(connection, table, "f", _foreignKeys, cancellation);

    /// <summary>Indexes that back no constraint; the primary and unique keys only when asked, since an upsert needs them.</summary>
    public async Task DropIndexesAsync(NpgsqlConnection connection, string table, bool includingKeys, CancellationToken cancellation)
    {
        if (includingKeys)
        {
            await DropConstraintsAsync(connection, table, "pu", _keys, cancellation);
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

    /// <summary>Whether foreign keys still point at the table, so its keys must stay.</summary>
    public static async Task<bool> IsReferencedAsync(NpgsqlConnection connection, string table, CancellationToken cancellation) =>
        await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE confrelid = @table::regclass AND contype = 'f')",
            new { table },
            cancellationToken: cancellation));

    /// <summary>Keys, then indexes, then foreign keys, whose check then finds the referenced keys indexed.</summary>
    public async Task RecreateAsync(NpgsqlConnection connection, Action<string> report, CancellationToken cancellation)
    {
        foreach (var (name, sql) in _keys.Concat(_indexes).Concat(_foreignKeys))
        {
            report(name);
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(sql, commandTimeout: 0, cancellationToken: cancellation));
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation)
            {
                // Rows copied straight into a table meet its keys only here: a duplicate or a
                // dangling reference is an input error, reported as such.
                throw new LoadRejectedException([$"{name}: {e.MessageText}{(e.Detail is null ? "" : $" ({e.Detail})")}"]);
            }
        }

        _keys.Clear();
        _indexes.Clear();
        _foreignKeys.Clear();
    }

    private static async Task DropConstraintsAsync(
        NpgsqlConnection connection, string table, string types, List<(string Name, string Sql)> dropped, CancellationToken cancellation)
    {
        var constraints = await connection.QueryAsync<(string Name, string Definition)>(new CommandDefinition(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = @table::regclass AND strpos(@types, contype::text) > 0 ORDER BY 1",
            new { table, types },
            cancellationToken: cancellation));
        foreach (var (name, definition) in constraints)
        {
            var quoted = StagingTable.Quote(name);
            await connection.ExecuteAsync(new CommandDefinition($"ALTER TABLE {table} DROP CONSTRAINT {quoted}", cancellationToken: cancellation));
            dropped.Add((name, $"ALTER TABLE {table} ADD CONSTRAINT {quoted} {definition}"));
        }
    }
}
