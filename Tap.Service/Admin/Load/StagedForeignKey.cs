using Dapper;
using Npgsql;

namespace Tap.Service.Admin.Load;

/// <summary>
/// A foreign key of a table that takes staged rows, checked for the whole batch with one anti-join
/// instead of one trigger call (and one index probe) per row. The constraint stays declared and valid:
/// the loader skips its triggers only after this check has found every staged row's referenced row.
/// </summary>
internal sealed record StagedForeignKey(string Name, IReadOnlyList<string> Columns, string ReferencedTable, IReadOnlyList<string> ReferencedColumns)
{
    /// <summary>
    /// Whether this session may skip the triggers that check foreign keys row by row
    /// (session_replication_role = replica): a superuser, or a loader role granted
    /// <c>SET ON PARAMETER session_replication_role</c>.
    /// </summary>
    public static async Task<bool> MaySkipTriggersAsync(NpgsqlConnection connection, CancellationToken cancellation) =>
        await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT has_parameter_privilege('session_replication_role', 'SET')", cancellationToken: cancellation));

    /// <summary>Sets whether triggers fire for the rest of the transaction, or until set again.</summary>
    public static Task SetTriggersAsync(NpgsqlConnection connection, bool fire, CancellationToken cancellation) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"SET LOCAL session_replication_role = {(fire ? "origin" : "replica")}", cancellationToken: cancellation));

    public static async Task<IReadOnlyList<StagedForeignKey>> OfAsync(NpgsqlConnection connection, string table, CancellationToken cancellation)
    {
        var rows = await connection.QueryAsync<(string Name, string[] Columns, string Referenced, string[] ReferencedColumns)>(new CommandDefinition(
            """
            SELECT c.conname,
                   ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i),
                   c.confrelid::regclass::text,
                   ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                         JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)
            FROM pg_constraint c
            WHERE c.conrelid = @table::regclass AND c.contype = 'f'
            ORDER BY c.conname
            """,
            new { table },
            cancellationToken: cancellation));
        return [.. rows.Select(r => new StagedForeignKey(r.Name, r.Columns, r.Referenced, r.ReferencedColumns))];
    }

    /// <summary>
    /// Staged keys with no referenced row (at most 10), as text. Run after the referenced table has
    /// taken its own staged rows; a row whose key has a NULL refers to nothing, as in PostgreSQL.
    /// </summary>
    public string DanglingSql(string stagingTable)
    {
        var columns = Columns.Select(StagingTable.Quote).ToList();
        var matches = Columns.Zip(ReferencedColumns, (c, r) => $"r.{StagingTable.Quote(r)} = s.{StagingTable.Quote(c)}");
        return $"SELECT DISTINCT {string.Join(" || ' ' || ", columns.Select(c => $"s.{c}"))} FROM {stagingTable} s " +
               $"WHERE {string.Join(" AND ", columns.Select(c => $"s.{c} IS NOT NULL"))} " +
               $"AND NOT EXISTS (SELECT 1 FROM {ReferencedTable} r WHERE {string.Join(" AND ", matches)}) ORDER BY 1 LIMIT 10";
    }
}
