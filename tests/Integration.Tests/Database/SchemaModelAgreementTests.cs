using Dapper;
using ObsCore.Model;

namespace Integration.Tests.Database;

/// <summary>The DDL in schema/ and ObsCore.Model describe the same tables: names, order, types, NULLs, indexes.</summary>
[Collection(DatabaseTests.Name)]
public sealed class SchemaModelAgreementTests(DatabaseFixture database)
{
    public static TheoryData<string> PublishedTableNames => new(PublishedTables.Tables.Select(t => t.QualifiedName));

    [Theory]
    [MemberData(nameof(PublishedTableNames))]
    public async Task Columns_have_the_models_order_types_and_nullability(string tableName)
    {
        var table = Table(tableName);
        var expected = table.Columns.Select(c => new StoredColumn(c.DatabaseName, c.Type.PostgresType, c.Nullable));

        await using var connection = await database.OpenAsync();
        var stored = await connection.QueryAsync<StoredColumn>("""
            SELECT attname AS Name, format_type(atttypid, atttypmod) AS Type, NOT attnotnull AS Nullable
            FROM pg_attribute
            WHERE attrelid = to_regclass(@tableName) AND attnum > 0 AND NOT attisdropped
            ORDER BY attnum
            """, new { tableName });

        Assert.Equal(expected, stored.Where(c => c.Name != table.Geometry?.PointColumn));
    }

    [Theory]
    [MemberData(nameof(PublishedTableNames))]
    public async Task Columns_flagged_indexed_are_exactly_those_leading_an_index(string tableName)
    {
        var table = Table(tableName);
        var published = table.Columns.Select(c => c.DatabaseName).ToHashSet();

        var leading = await LeadingIndexColumnsAsync(tableName);

        Assert.Equal(
            table.Columns.Where(c => c.Indexed).Select(c => c.DatabaseName).Order(StringComparer.Ordinal),
            leading.Where(published.Contains).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("lsst_visit")]
    [InlineData("lsst_exposure")]
    [InlineData("lsst_detector")]
    [InlineData("lsst_raft")]
    [InlineData("lsst_ccd")]
    [InlineData("lsst_tract")]
    [InlineData("lsst_patch")]
    [InlineData("lsst_band")]
    [InlineData("lsst_filter")]
    [InlineData("lsst_dataset_type")]
    [InlineData("lsst_run")]
    public async Task Portal_filter_column_is_indexed_and_says_so(string column)
    {
        Assert.True(ObsCoreTable.Definition.Column(column).Indexed);
        Assert.Contains(column, await LeadingIndexColumnsAsync(ObsCoreTable.Definition.QualifiedName));
    }

    private static TableDefinition Table(string qualifiedName) =>
        PublishedTables.Tables.Single(t => t.QualifiedName == qualifiedName);

    private async Task<List<string>> LeadingIndexColumnsAsync(string tableName)
    {
        await using var connection = await database.OpenAsync();
        var columns = await connection.QueryAsync<string>("""
            SELECT a.attname
            FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
            WHERE i.indrelid = to_regclass(@tableName)
            """, new { tableName });
        return columns.ToList();
    }

    private sealed record StoredColumn(string Name, string Type, bool Nullable);
}
