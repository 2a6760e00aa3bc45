using Dapper;
using ObsCore.Model;
using VoTable;

namespace Integration.Tests.Database;

/// <summary>TAP_SCHEMA as migrate leaves it must say exactly what ObsCore.Model says, field by field.</summary>
[Collection(DatabaseTests.Name)]
public sealed class TapSchemaTests(DatabaseFixture database)
{
    private static readonly List<TableDefinition> Tables = PublishedTables.Tables.ToList();

    [Fact]
    public async Task Schemas_rows_equal_the_model()
    {
        var expected = PublishedTables.Schemas.Select((s, i) => new SchemaRow(s.Name, null, s.Description, i + 1));

        Assert.Equal(expected, await QueryAsync<SchemaRow>("""
            SELECT schema_name AS Name, utype AS Utype, description AS Description, schema_index AS SchemaIndex
            FROM tap_schema.schemas ORDER BY schema_index
            """));
    }

    [Fact]
    public async Task Tables_rows_equal_the_model()
    {
        var expected = Tables.Select((t, i) => new TableRow(t.Schema, $"{t.Schema}.{t.Name}", "table", t.Utype, t.Description, i + 1));

        Assert.Equal(expected, await QueryAsync<TableRow>("""
            SELECT schema_name AS SchemaName, table_name AS TableName, table_type AS TableType, utype AS Utype,
                   description AS Description, table_index AS TableIndex
            FROM tap_schema.tables ORDER BY table_index
            """));
    }

    [Fact]
    public async Task Columns_rows_equal_the_model()
    {
        var expected = Tables.SelectMany(t => t.Columns.Select((c, i) => new ColumnRow(
            $"{t.Schema}.{t.Name}", c.Name, c.Utype, c.Ucd, c.Unit, c.Description, c.Type.VoTable.Datatype.ToVoTableName(), c.Type.VoTable.ArraySize,
            c.Type.VoTable.XType, c.Principal ? 1 : 0, c.Indexed ? 1 : 0, c.Std ? 1 : 0, i + 1)));

        var actual = await QueryAsync<ColumnRow>("""
            SELECT c.table_name AS TableName, column_name AS ColumnName, c.utype AS Utype, ucd AS Ucd, unit AS Unit,
                   c.description AS Description, datatype AS Datatype, arraysize AS Arraysize, xtype AS Xtype,
                   principal AS Principal, indexed AS Indexed, std AS Std, column_index AS ColumnIndex
            FROM tap_schema.columns c JOIN tap_schema.tables t ON t.table_name = c.table_name
            ORDER BY t.table_index, c.column_index
            """);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Absent_metadata_is_null_not_empty()
    {
        var empty = await QueryAsync<string>("""
            SELECT table_name || '.' || column_name FROM tap_schema.columns
            WHERE unit = '' OR ucd = '' OR utype = '' OR arraysize = '' OR xtype = ''
            """);

        Assert.Empty(empty);
    }

    [Fact]
    public async Task Size_is_a_delimited_name_holding_fixed_array_lengths_only()
    {
        Assert.Equal(["\"size\""], await QueryAsync<string>(
            "SELECT column_name FROM tap_schema.columns WHERE table_name = 'tap_schema.columns' AND column_name LIKE '%size%' AND column_name <> 'arraysize'"));
        Assert.Empty(await QueryAsync<string>("""
            SELECT column_name FROM tap_schema.columns
            WHERE "size" IS DISTINCT FROM (CASE WHEN arraysize ~ '^[0-9]+$' THEN arraysize::integer END)
            """));
    }

    [Fact]
    public async Task Keys_equal_the_model()
    {
        var keys = Tables.SelectMany(t => t.Keys.Select(k => (Table: t, Key: k))).ToList();
        Assert.NotEmpty(keys);

        Assert.Equal(
            keys.Select(k => new KeyRow(k.Key.KeyId, $"{k.Table.Schema}.{k.Table.Name}", k.Key.TargetTable, k.Key.Description)).OrderBy(k => k.KeyId, StringComparer.Ordinal),
            await QueryAsync<KeyRow>("""
                SELECT key_id AS KeyId, from_table AS FromTable, target_table AS TargetTable, description AS Description
                FROM tap_schema.keys ORDER BY key_id COLLATE "C"
                """));
        Assert.Equal(
            keys.SelectMany(k => k.Key.Columns.Select(c => new KeyColumnRow(k.Key.KeyId, c.From, c.Target))).OrderBy(k => k.KeyId, StringComparer.Ordinal),
            await QueryAsync<KeyColumnRow>("""
                SELECT key_id AS KeyId, from_column AS FromColumn, target_column AS TargetColumn
                FROM tap_schema.key_columns ORDER BY key_id COLLATE "C"
                """));
    }

    private async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<T>(sql)).ToList();
    }

    private sealed record SchemaRow(string Name, string? Utype, string Description, int SchemaIndex);

    private sealed record TableRow(string SchemaName, string TableName, string TableType, string? Utype, string Description, int TableIndex);

    private sealed record ColumnRow(
        string TableName, string ColumnName, string? Utype, string? Ucd, string? Unit, string Description, string Datatype,
        string? Arraysize, string? Xtype, int Principal, int Indexed, int Std, int ColumnIndex);

    private sealed record KeyRow(string KeyId, string FromTable, string TargetTable, string Description);

    private sealed record KeyColumnRow(string KeyId, string FromColumn, string TargetColumn);
}
