using Tap.Service.VoTable.Results;
using VoTable;

namespace Tap.Service.Tests.VoTable.Results;

public class ResultColumnTests
{
    private static readonly ResultColumn[] InconsistentColumns =
    [
        new ResultColumn("n", VoTableDatatype.Int, "2"),
        new ResultColumn("pos", VoTableDatatype.Char, "*", ValueEncoding.DaliGeometry),
        new ResultColumn("pos", VoTableDatatype.Double, null, ValueEncoding.DaliGeometry),
        new ResultColumn("t", VoTableDatatype.Char, "19", ValueEncoding.Timestamp),
        new ResultColumn("s_region", VoTableDatatype.Double, "*", ValueEncoding.StcsPolygon),
        new ResultColumn("pos", VoTableDatatype.Double, "0", ValueEncoding.DaliGeometry),
        new ResultColumn("pos", VoTableDatatype.Double, "2x2", ValueEncoding.DaliGeometry),
    ];

    /// <summary>Indexes into <see cref="InconsistentColumns"/>: the column type is the executable's own, internal.</summary>
    public static TheoryData<int> Inconsistent => [.. Enumerable.Range(0, InconsistentColumns.Length)];

    [Theory]
    [MemberData(nameof(Inconsistent))]
    public void A_type_that_cannot_carry_the_encoding_is_refused(int column)
    {
        Assert.Throws<ArgumentException>(InconsistentColumns[column].Validate);
    }

    [Fact]
    public void The_factories_make_consistent_columns()
    {
        ResultColumn.Timestamp("t_min").Validate();
        ResultColumn.StcsPolygon("s_region").Validate();
        ResultColumn.DaliGeometry("pos", "point", "2").Validate();
        new ResultColumn("did", VoTableDatatype.Char, "*").Validate();
        new ResultColumn("flag", VoTableDatatype.Char).Validate();
    }

    [Fact]
    public async Task Declaring_more_columns_than_the_query_returns_fails_before_any_output()
    {
        using var table = Support.SampleResults.Counting(1);
        ResultColumn[] columns = [new("n", VoTableDatatype.Int), new("missing", VoTableDatatype.Int)];

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Support.ResultOutput.WriteAsync(ResultFormats.VoTableTableData, table.CreateDataReader(), new ResultMetadata(columns, 10)));
    }
}
