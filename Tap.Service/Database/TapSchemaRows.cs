using System.Globalization;
using ObsCore.Model;
using VoTable;

namespace Tap.Service.Database;

/// <summary>
/// The rows of TAP_SCHEMA (TAP 1.1, section 4) for a set of published schemas. Absent units, UCDs and
/// utypes stay NULL, never '', because validators compare them literally; flags are 0/1 integers.
/// </summary>
internal sealed record TapSchemaRows(
    IReadOnlyList<TapSchemaRows.SchemaRow> Schemas,
    IReadOnlyList<TapSchemaRows.TableRow> Tables,
    IReadOnlyList<TapSchemaRows.ColumnRow> Columns,
    IReadOnlyList<TapSchemaRows.KeyRow> Keys,
    IReadOnlyList<TapSchemaRows.KeyColumnRow> KeyColumns)
{
    public sealed record SchemaRow(string SchemaName, string? Utype, string Description, int SchemaIndex);

    public sealed record TableRow(
        string SchemaName, string TableName, string TableType, string? Utype, string Description, int TableIndex);

    public sealed record ColumnRow(
        string TableName, string ColumnName, string? Utype, string? Ucd, string? Unit, string Description,
        string Datatype, string? Arraysize, string? Xtype, int? Size, int Principal, int Indexed, int Std, int ColumnIndex);

    public sealed record KeyRow(string KeyId, string FromTable, string TargetTable, string? Utype, string Description);

    public sealed record KeyColumnRow(string KeyId, string FromColumn, string TargetColumn);

    public static TapSchemaRows From(IReadOnlyList<SchemaDefinition> schemas)
    {
        var tables = schemas.SelectMany(s => s.Tables).ToList();
        return new TapSchemaRows(
            schemas.Select((s, i) => new SchemaRow(s.Name, null, s.Description, i + 1)).ToList(),
            tables.Select((t, i) => new TableRow(t.Schema, t.QualifiedName, "table", t.Utype, t.Description, i + 1)).ToList(),
            tables.SelectMany(t => t.Columns.Select((c, i) => ToColumnRow(t, c, i + 1))).ToList(),
            tables.SelectMany(t => t.Keys.Select(k => new KeyRow(k.KeyId, t.QualifiedName, k.TargetTable, null, k.Description))).ToList(),
            tables.SelectMany(t => t.Keys)
                .SelectMany(k => k.Columns.Select(c => new KeyColumnRow(k.KeyId, c.From, c.Target)))
                .ToList());
    }

    private static ColumnRow ToColumnRow(TableDefinition table, ColumnDefinition column, int index) => new(
        table.QualifiedName, column.Name, column.Utype, column.Ucd, column.Unit, column.Description,
        column.Type.VoTable.Datatype.ToVoTableName(), column.Type.VoTable.ArraySize, column.Type.VoTable.XType, FixedSize(column.Type.VoTable.ArraySize),
        Flag(column.Principal), Flag(column.Indexed), Flag(column.Std), index);

    /// <summary>TAP 1.0's "size": the length of a fixed-size array; NULL for scalars and variable lengths.</summary>
    private static int? FixedSize(string? arraySize) =>
        int.TryParse(arraySize, NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : null;

    private static int Flag(bool value) => value ? 1 : 0;
}
