using Dali;
using System.Text;
using Adql.Semantics;
using Tap.Service.Protocol;
using Tap.Service.VoTable.Reading;
using VoTable;

namespace Tap.Service.Tests.VoTable.Reading;

public sealed class UploadColumnTests
{
    [Theory]
    [InlineData("int", null, null, "integer", AdqlType.Integer)]
    [InlineData("unsignedByte", null, null, "smallint", AdqlType.Smallint)]
    [InlineData("char", "*", null, "text", AdqlType.Varchar)]
    [InlineData("unicodeChar", "20", null, "text", AdqlType.Varchar)]
    [InlineData("char", "*", "timestamp", "timestamp", AdqlType.Timestamp)]
    [InlineData("double", "2", "point", "spoint", AdqlType.Point)]
    [InlineData("double", "3", "circle", "scircle", AdqlType.Circle)]
    [InlineData("float", "*", "polygon", "spoly", AdqlType.Polygon)]
    [InlineData("char", "*", "adql:REGION", "spoly", AdqlType.Region)]
    public void Maps_a_field_to_a_PostgreSQL_and_an_ADQL_type(string datatype, string? arraySize, string? xtype, string sqlType, AdqlType type)
    {
        var column = UploadColumn.For(Field(datatype, arraySize, xtype), "test");

        Assert.Equal(sqlType, column.SqlType);
        Assert.Equal(type, column.Type);
    }

    [Theory]
    [InlineData("double", "*", null)]
    [InlineData("bit", null, null)]
    [InlineData("doubleComplex", null, null)]
    public void Refuses_fields_it_cannot_store(string datatype, string? arraySize, string? xtype)
    {
        var error = Assert.Throws<DaliUsageException>(() => UploadColumn.For(Field(datatype, arraySize, xtype), "test"));

        Assert.Contains("FIELD c", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("char", "*", null, "back\\slash\ttab\nline", "back\\\\slash\\ttab\\nline")]
    [InlineData("boolean", null, null, "true", "t")]
    [InlineData("boolean", null, null, "?", "\\N")]
    [InlineData("double", null, null, "-1.5e3", "-1500")]
    [InlineData("double", null, null, "NaN", "NaN")]
    [InlineData("char", "*", "timestamp", "2026-01-02T03:04:05Z", "2026-01-02 03:04:05.000000")]
    [InlineData("double", "2", "point", "10 -20.5", "(10d,-20.5d)")]
    [InlineData("double", "3", "circle", "10 20 0.5", "<(10d,20d),0.5d>")]
    [InlineData("double", "*", "polygon", "1 2 3 4 5 6", "{(1d,2d),(3d,4d),(5d,6d)}")]
    [InlineData("char", "*", "adql:REGION", "POLYGON ICRS 1 2 3 4 5 6", "{(1d,2d),(3d,4d),(5d,6d)}")]
    [InlineData("double", "2", "point", "NaN NaN", "\\N")]
    public void Writes_cells_as_COPY_text(string datatype, string? arraySize, string? xtype, string cell, string copyText)
    {
        var column = UploadColumn.For(Field(datatype, arraySize, xtype), "test");
        var line = new StringBuilder();

        column.AppendCopyText(line, cell, 1, "test");

        Assert.Equal(copyText, line.ToString());
    }

    [Theory]
    [InlineData("double", "2", "point", "10")]
    [InlineData("double", "*", "polygon", "1 2 3 4 5")]
    [InlineData("char", "*", "adql:REGION", "CIRCLE ICRS 1 2 3")]
    [InlineData("char", "*", "adql:REGION", "POLYGON GALACTIC 1 2 3 4 5 6")]
    [InlineData("short", null, null, "40000")]
    [InlineData("boolean", null, null, "yes")]
    public void A_cell_that_does_not_fit_its_column_is_a_usage_error_with_row_and_column(string datatype, string? arraySize, string? xtype, string cell)
    {
        var column = UploadColumn.For(Field(datatype, arraySize, xtype), "Uploaded table t");

        var error = Assert.Throws<DaliUsageException>(() => column.AppendCopyText(new StringBuilder(), cell, 12, "Uploaded table t"));

        Assert.StartsWith("Uploaded table t, row 12, column c:", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A FIELD named c, its datatype as an uploaded VOTable spells it.</summary>
    private static VoTableField Field(string datatype, string? arraySize, string? xtype) =>
        VoTableDatatypes.TryParse(datatype, out var parsed)
            ? new VoTableField("c", parsed, arraySize, xtype, null, null)
            : throw new ArgumentException(datatype, nameof(datatype));
}
