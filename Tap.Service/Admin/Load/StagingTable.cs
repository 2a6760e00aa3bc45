using ObsCore.Model;

namespace Tap.Service.Admin.Load;

/// <summary>
/// SQL for loading one table through a temporary staging table. pg_sphere types have no binary
/// form, so binary COPY cannot carry them: the staging table holds geometry as text, and the move
/// into the real table casts it (and derives the stored centre point from s_ra/s_dec).
/// </summary>
internal sealed class StagingTable(TableDefinition table)
{
    public TableDefinition Table => table;

    public string Name => $"load_{table.Schema}_{table.Name}";

    public string CreateSql =>
        $"CREATE TEMP TABLE {Name} ({string.Join(", ", table.Columns.Select(c => $"{Quote(c.DatabaseName)} {StagedType(c.Type)}"))}) ON COMMIT DROP";

    public string CopySql => $"COPY {Name} ({ColumnList}) FROM STDIN (FORMAT BINARY)";

    /// <summary>
    /// Moves the staged rows into the table; a row whose key is already there replaces it, so
    /// loading the same data twice leaves one copy.
    /// </summary>
    public string InsertSql(IReadOnlyList<string> keyColumns)
    {
        var targetColumns = table.Columns.Select(c => Quote(c.DatabaseName)).ToList();
        var values = table.Columns.Select(c => c.Type.IsGeometry ? $"{Quote(c.DatabaseName)}::{c.Type.PostgresType}" : Quote(c.DatabaseName)).ToList();
        if (table.Geometry is { } geometry)
        {
            targetColumns.Add(Quote(geometry.PointColumn));
            values.Add($"spoint(radians({Quote(geometry.RaColumn)}), radians({Quote(geometry.DecColumn)}))");
        }

        var updated = targetColumns.Where(c => !keyColumns.Select(Quote).Contains(c)).ToList();
        var target = $"{Quote(table.Schema)}.{Quote(table.Name)}";
        // Rows that are already there unchanged are left alone, so a repeated load writes nothing.
        // Compared as text because pg_sphere types have no equality operator for row comparison.
        var onConflict = updated.Count == 0
            ? "DO NOTHING"
            : "DO UPDATE SET " + string.Join(", ", updated.Select(c => $"{c} = EXCLUDED.{c}")) +
              $" WHERE ({target}.*)::text IS DISTINCT FROM (EXCLUDED.*)::text";
        return $"INSERT INTO {target} ({string.Join(", ", targetColumns)}) " +
               $"SELECT {string.Join(", ", values)} FROM {Name} " +
               $"ON CONFLICT ({string.Join(", ", keyColumns.Select(Quote))}) {onConflict}";
    }

    /// <summary>Keys that occur more than once among the staged rows (the database would refuse to upsert them).</summary>
    public string DuplicateKeysSql(IReadOnlyList<string> keyColumns)
    {
        var key = string.Join(" || ' ' || ", keyColumns.Select(Quote));
        return $"SELECT {key} FROM {Name} GROUP BY {string.Join(", ", keyColumns.Select(Quote))} HAVING count(*) > 1 ORDER BY 1 LIMIT 10";
    }

    private string ColumnList => string.Join(", ", table.Columns.Select(c => Quote(c.DatabaseName)));

    private static string StagedType(DataType type) => type.IsGeometry ? "text" : type.PostgresType;

    /// <summary>Column names come from the model, never from input; quoting keeps them exact.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
