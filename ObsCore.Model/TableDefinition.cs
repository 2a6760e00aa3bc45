namespace ObsCore.Model;

/// <summary>A published table: the schema and name users write in ADQL, and its columns in catalogue order.</summary>
public sealed record TableDefinition(
    string Schema,
    string Name,
    string Description,
    IReadOnlyList<ColumnDefinition> Columns,
    string? Utype = null,
    StoredGeometry? Geometry = null,
    IReadOnlyList<ForeignKey>? ForeignKeys = null)
{
    public IReadOnlyList<ForeignKey> Keys => ForeignKeys ?? [];

    /// <summary>Schema-qualified name, as in TAP_SCHEMA.tables.table_name.</summary>
    public string QualifiedName => $"{Schema}.{Name}";

    public ColumnDefinition Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"{QualifiedName} has no column '{name}'");
}

/// <summary>
/// Geometry a table stores besides its published columns, so the ADQL translator can use indexes:
/// <c>POINT(ra, dec)</c> on the named columns becomes the stored pg_sphere point, and
/// <c>CENTROID(region)</c> becomes that point too. The point column itself is not published.
/// </summary>
public sealed record StoredGeometry(string RaColumn, string DecColumn, string PointColumn, string RegionColumn);

/// <summary>A foreign key published in TAP_SCHEMA.keys/key_columns, so clients can offer joins.</summary>
/// <param name="TargetTable">Schema-qualified, as in TAP_SCHEMA.keys.target_table.</param>
public sealed record ForeignKey(string KeyId, string TargetTable, IReadOnlyList<(string From, string Target)> Columns, string Description);
