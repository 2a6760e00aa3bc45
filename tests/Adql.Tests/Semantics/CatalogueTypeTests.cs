using Adql.Semantics;
using VoTable;

namespace Adql.Tests.Semantics;

/// <summary>How a catalogue implementation reading TAP_SCHEMA maps VOTable types, and how functions describe themselves.</summary>
public sealed class CatalogueTypeTests
{
    [Theory]
    [InlineData("double", null, null, AdqlType.Double)]
    [InlineData("long", null, null, AdqlType.Bigint)]
    [InlineData("char", "*", null, AdqlType.Varchar)]
    [InlineData("char", "8", null, AdqlType.Char)]
    [InlineData("char", "*", "timestamp", AdqlType.Timestamp)]
    [InlineData("char", "*", "adql:REGION", AdqlType.Region)]
    [InlineData("double", "2", "point", AdqlType.Point)]
    [InlineData("double", "3", "circle", AdqlType.Circle)]
    [InlineData("double", "*", "polygon", AdqlType.Polygon)]
    [InlineData("floatComplex", null, null, AdqlType.Unknown)]
    public void Vo_table_types_map_to_adql_types(string datatype, string? arraySize, string? xtype, AdqlType expected) =>
        Assert.Equal(expected, AdqlTypes.FromVoTable(Declared(datatype, arraySize, xtype)));

    [Theory]
    [InlineData(AdqlType.Point, "double", "2", "point")]
    [InlineData(AdqlType.Circle, "double", "3", "circle")]
    [InlineData(AdqlType.Polygon, "double", "*", "polygon")]
    [InlineData(AdqlType.Timestamp, "char", "*", "timestamp")]
    [InlineData(AdqlType.Bigint, "long", null, null)]
    public void Computed_values_are_described_as_dali_says(AdqlType type, string datatype, string? arraySize, string? xtype) =>
        Assert.Equal(Declared(datatype, arraySize, xtype), type.ToVoTable());

    [Fact]
    public void User_functions_describe_their_signature_for_the_capabilities()
    {
        var overlaps = StandardUserFunctions.Create().Single(f => f.Name == "ivo_interval_overlaps");

        Assert.Equal("ivo_interval_overlaps(l1 DOUBLE, h1 DOUBLE, l2 DOUBLE, h2 DOUBLE) -> INTEGER", overlaps.Signature);
    }

    /// <summary>A type as TAP_SCHEMA writes it, datatype as text.</summary>
    private static VoTableType Declared(string datatype, string? arraySize, string? xtype) =>
        VoTableDatatypes.TryParse(datatype, out var parsed) ? new(parsed, arraySize, xtype) : throw new ArgumentException(datatype, nameof(datatype));
}
