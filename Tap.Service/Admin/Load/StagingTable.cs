using ObsCore.Model;

namespace Tap.Service.Admin.Load;

/// <summary>
/// SQL for loading one table, directly or through a temporary staging table. pg_sphere types have
/// no binary form, so binary COPY cannot carry them: the staging table holds geometry as text, and
/// the move into the real table casts it (and derives the stored centre point from s_ra/s_dec).
/// </summary>
internal sealed class StagingTable(TableDefinition table)
{
    public TableDefinition Table => table;

    public string Name => $"load_{table.Schema}_{table.Name}";

    public string CreateSql =>
        $"CREATE TEMP TABLE {Name} ({string.Join(", ", table.Columns.Select(c => $"{Quote(c.DatabaseName)} {StagedType(c.Type)}"))}) ON COMMIT DROP";

    public string CopySql => $"COPY {Name} ({ColumnList}) FROM STDIN (FORMAT BINARY)";

    /// <summary>Whether values must be cast on the way in; otherwise rows can be copied straight into the table.</summary>
    public bool NeedsCast => table.Columns.Any(c => c.Type.IsGeometry) || table.Geometry is not null;

    public string DirectCopySql => $"COPY {Target} ({ColumnList}) FROM STDIN (FORMAT BINARY)";

    /// <summary>Moves the staged rows into an empty table.</summary>
    public string InsertSql() => $"INSERT INTO {Target} ({string.Join(", ", TargetColumns)}) SELECT {string.Join(", ", Values)} FROM {Name}";

    /// <summary>
    /// Moves the staged rows into the table; a row whose key is already there replaces it, so
    /// loading the same data twice leaves one copy.
    /// </summary>
    public string UpsertSql(IReadOnlyList<string> keyColumns)
    {
        var keys = keyColumns.Select(Quote).ToList();
        var updated = TargetColumns.Where(c => !keys.Contains(c)).ToList();
        // Rows that are already there unchanged are left alone, so a repeated load writes nothing.
        // Compared as text because pg_sphere types have no equality operator for row comparison.
        var onConflict = updated.Count == 0
            ? "DO NOTHING"
            : "DO UPDATE SET " + string.Join(", ", updated.Select(c => $"{c} = EXCLUDED.{c}")) +
              $" WHERE ({Target}.*)::text IS DISTINCT FROM (EXCLUDED.*)::text";
        return $"{InsertSql()} ON CONFLICT ({string.Join(", ", keys)}) {onConflict}";
    }

    /// <summary>Keys that occur more than once among the staged rows (the database would refuse to upsert them).</summary>
    public string DuplicateKeysSql(IReadOnlyList<string> keyColumns)
    {
        var key = string.Join(" || ' ' || ", keyColumns.Select(Quote));
        return $"SELECT {key} FROM {Name} GROUP BY {string.Join(", ", keyColumns.Select(Quote))} HAVING count(*) > 1 ORDER BY 1 LIMIT 10";
    }

    private string Target => $"{Quote(table.Schema)}.{Quote(table.Name)}";

    /// <summary>The table's columns, and its stored centre point if it has one.</summary>
    private IEnumerable<string> TargetColumns =>
        table.Columns.Select(c => Quote(c.DatabaseName))
            .Concat(table.Geometry is { } geometry ? [Quote(geometry.PointColumn)] : []);

    /// <summary>Staged values for <see cref="TargetColumns"/>: geometry cast from text, the centre point derived from s_ra/s_dec.</summary>
    private IEnumerable<string> Values =>
        table.Columns.Select(c => c.Type.IsGeometry ? $"{Quote(c.DatabaseName)}::{c.Type.PostgresType}" : Quote(c.DatabaseName))
            .Concat(table.Geometry is { } geometry ? [$"spoint(radians({Quote(geometry.RaColumn)}), radians({Quote(geometry.DecColumn)}))"] : []);

    private string ColumnList => string.Join(", ", table.Columns.Select(c => Quote(c.DatabaseName)));

    private static string StagedType(DataType type) => type.IsGeometry ? "text" : type.PostgresType;

    /// <summary>Column names come from the model, never from input; quoting keeps them exact.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
