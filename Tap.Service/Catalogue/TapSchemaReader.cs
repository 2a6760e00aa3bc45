using Adql.Semantics;
using Dapper;
using Npgsql;
using ObsCore.Model;
using Tap.Service.Database;
using VoTable;

namespace Tap.Service.Catalogue;

/// <summary>Builds the compiler's catalogue from the rows of TAP_SCHEMA.tables and TAP_SCHEMA.columns.</summary>
internal static class TapSchemaReader
{
    private sealed record TableRow(string SchemaName, string TableName, string? Description);

    private sealed record ColumnRow(
        string TableName, string ColumnName, string Datatype, string? Arraysize, string? Xtype,
        string? Unit, string? Ucd, string? Utype, string? Description);

    public static async Task<ICatalogue> ReadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadAsync(connection, cancellationToken);
    }

    public static async Task<ICatalogue> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var tables = await connection.QueryAsync<TableRow>(new CommandDefinition(
            """
            SELECT schema_name AS SchemaName, table_name AS TableName, description AS Description
            FROM tap_schema.tables ORDER BY table_index, table_name
            """,
            cancellationToken: cancellationToken));
        var columns = await connection.QueryAsync<ColumnRow>(new CommandDefinition(
            """
            SELECT table_name AS TableName, column_name AS ColumnName, datatype AS Datatype, arraysize AS Arraysize,
                   xtype AS Xtype, unit AS Unit, ucd AS Ucd, utype AS Utype, description AS Description
            FROM tap_schema.columns ORDER BY table_name, column_index, column_name
            """,
            cancellationToken: cancellationToken));
        return Build(tables.ToList(), columns.ToLookup(column => column.TableName, StringComparer.Ordinal));
    }

    private static Adql.Semantics.Catalogue Build(IReadOnlyList<TableRow> tables, ILookup<string, ColumnRow> columns)
    {
        var schemas = tables
            .GroupBy(table => table.SchemaName, StringComparer.Ordinal)
            .Select(schema => new CatalogueSchema(
                schema.Key,
                schema.Select(table => new CatalogueTable(
                    table.SchemaName,
                    UnqualifiedName(table),
                    columns[table.TableName].Select(Column).ToList(),
                    table.Description,
                    GeometryOf(table.TableName))
                {
                    StoredAs = PublishedViews.StoredAs(table.TableName),
                }).ToList()))
            .ToList();
        return new Adql.Semantics.Catalogue(schemas);
    }

    /// <summary>TAP_SCHEMA.tables lists names qualified by their schema; the catalogue keeps them apart.</summary>
    private static string UnqualifiedName(TableRow table)
    {
        var prefix = table.SchemaName + ".";
        return table.TableName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? table.TableName[prefix.Length..] : table.TableName;
    }

    private static CatalogueColumn Column(ColumnRow row)
    {
        var votable = new VoTableType(DatatypeOf(row), row.Arraysize, row.Xtype);
        return new(Undelimited(row.ColumnName), AdqlTypes.FromVoTable(votable), votable, row.Unit, row.Ucd, row.Utype, row.Description);
    }

    /// <summary>
    /// TAP_SCHEMA is what migrate published from ObsCore.Model, so a datatype VOTable does not know
    /// means a broken deployment: say which column, rather than fail later on every query of it.
    /// </summary>
    private static VoTableDatatype DatatypeOf(ColumnRow row) =>
        VoTableDatatypes.TryParse(row.Datatype, out var datatype)
            ? datatype
            : throw new InvalidOperationException(
                $"TAP_SCHEMA.columns declares {row.TableName}.{row.ColumnName} as datatype '{row.Datatype}', which is not a VOTable datatype.");

    /// <summary>
    /// A name TAP_SCHEMA publishes delimited (TAP_SCHEMA.columns."size", a reserved word) is the
    /// name inside the quotes; ADQL then matches it only when written delimited.
    /// </summary>
    private static string Undelimited(string name) =>
        name.Length > 1 && name[0] == '"' && name[^1] == '"' ? name[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : name;

    /// <summary>The stored point and footprint that TAP_SCHEMA does not publish come from the model.</summary>
    private static StoredGeometryHint? GeometryOf(string qualifiedName) =>
        PublishedTables.Tables.FirstOrDefault(table => string.Equals(table.QualifiedName, qualifiedName, StringComparison.OrdinalIgnoreCase))
            ?.Geometry is { } geometry
            ? new StoredGeometryHint(geometry.RaColumn, geometry.DecColumn, geometry.PointColumn, geometry.RegionColumn)
            : null;
}
