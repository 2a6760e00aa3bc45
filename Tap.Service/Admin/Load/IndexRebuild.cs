using Dapper;
using Npgsql;

namespace Tap.Service.Admin.Load;

/// <summary>
/// Drops a table's secondary indexes for a bulk load and recreates them afterwards from the
/// definitions the database itself reports (pg_get_indexdef), so the DDL in schema/ stays the only
/// place they are written. Indexes behind constraints (primary and unique keys) stay: the upsert needs them.
/// </summary>
internal sealed class IndexRebuild
{
    private readonly List<(string Name, string Definition)> _dropped = [];

    public int Count => _dropped.Count;

    public async Task DropAsync(NpgsqlConnection connection, string qualifiedTable, CancellationToken cancellation)
    {
        var indexes = await connection.QueryAsync<(string Name, string Definition)>(new CommandDefinition(
            """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            WHERE i.indrelid = @table::regclass
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 1
            """,
            new { table = qualifiedTable },
            cancellationToken: cancellation));
        foreach (var index in indexes)
        {
            await connection.ExecuteAsync(new CommandDefinition($"DROP INDEX {index.Name}", cancellationToken: cancellation));
            _dropped.Add(index);
        }
    }

    public async Task RecreateAsync(NpgsqlConnection connection, Action<string> report, CancellationToken cancellation)
    {
        foreach (var (name, definition) in _dropped)
        {
            report(name);
            await connection.ExecuteAsync(new CommandDefinition(definition, commandTimeout: 0, cancellationToken: cancellation));
        }

        _dropped.Clear();
    }
}
