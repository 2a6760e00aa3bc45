using System.Xml.Linq;
using Tap.Service.Tests.Support;
using Tap.Service.VoTable.Results;
using static Tap.Service.Tests.Support.VoTableDocument;

namespace Tap.Service.Tests.VoTable.Results;

public class TableDataWriterTests
{
    private static async Task<XDocument> WriteSampleAsync(ResultMetadata? metadata = null)
    {
        using var table = SampleResults.Table();
        var (text, _) = await ResultOutput.WriteAsync(
            ResultFormats.VoTableTableData, table.CreateDataReader(), metadata ?? new ResultMetadata(SampleResults.Columns, 100));
        return XDocument.Parse(text);
    }

    [Fact]
    public async Task Fields_declare_the_column_metadata()
    {
        var document = await WriteSampleAsync();

        var flux = Field(document, "flux");
        Assert.Equal("double", (string?)flux.Attribute("datatype"));
        Assert.Equal("nJy", (string?)flux.Attribute("unit"));
        Assert.Equal("Row <number> & more", Field(document, "id").Element(Ns + "DESCRIPTION")!.Value);
        Assert.Equal("meta.id", (string?)Field(document, "id").Attribute("ucd"));
        Assert.Equal(("char", "*", "adql:REGION"), Attributes(Field(document, "s_region")));
        Assert.Equal(("char", "*", "timestamp"), Attributes(Field(document, "obs_date")));
        Assert.Equal(("double", "3", "circle"), Attributes(Field(document, "cone")));
        Assert.Equal("obscore:Curation.PublisherDID", (string?)Field(document, "obs_publisher_did").Attribute("utype"));

        static (string?, string?, string?) Attributes(XElement field) =>
            ((string?)field.Attribute("datatype"), (string?)field.Attribute("arraysize"), (string?)field.Attribute("xtype"));
    }

    [Fact]
    public async Task Ordinary_values_are_written_in_invariant_shortest_form()
    {
        var rows = TableDataRows(await WriteSampleAsync());

        Assert.Equal(
            ["1", "2025010100042", "94", "0.1", "0.75", "T", "plain", "150.25 -2.5", "150.25 -2.5 0.1",
             "POLYGON ICRS 10 20 11 20 11 21", "2025-01-02T03:04:05.678", "ivo://example.org/lsst?calexp/1"],
            rows[0]);
    }

    [Fact]
    public async Task Awkward_values_survive_xml_and_non_finite_numbers_use_votable_spellings()
    {
        var row = TableDataRows(await WriteSampleAsync())[1];

        Assert.Equal("NaN", row[3]);
        Assert.Equal("+Inf", row[4]);
        Assert.Equal("F", row[5]);
        // XML 1.0 cannot carry U+0001 at all; everything else comes back exactly, line ends included.
        Assert.Equal(SampleResults.Awkward.Replace('\u0001', '\uFFFD'), row[6]);
        Assert.Equal("1E-300 359.99999999999994", row[7]);
        Assert.Equal("0 -90 1E+20", row[8]);
        Assert.Equal("2025-12-31T23:59:59", row[10]);
        Assert.Equal("ivo://example.org/lsst?calexp/2&x=<y>", row[11]);
    }

    [Fact]
    public async Task Nulls_are_empty_cells_or_NaN_arrays()
    {
        var document = await WriteSampleAsync();

        var nullRow = TableDataRows(document)[^1];
        // A fixed-size array cannot be empty: its null is all NaN.
        Assert.Equal(["", "", "", "", "", "", "", "NaN NaN", "NaN NaN NaN", "", "", ""], nullRow);
    }

    [Fact]
    public async Task Status_OK_and_the_result_infos_come_before_the_table()
    {
        var metadata = new ResultMetadata(SampleResults.Columns, 100)
        {
            Infos = [new("QUERY", "SELECT * FROM ivoa.obscore WHERE x < 1"), new("SERVICE_VERSION", "1.0")],
        };

        var resource = ResultsResource(await WriteSampleAsync(metadata));

        var beforeTable = resource.Elements().TakeWhile(element => element.Name != Ns + "TABLE")
            .Select(info => ((string?)info.Attribute("name"), (string?)info.Attribute("value")));
        Assert.Equal(
            [("QUERY_STATUS", "OK"), ("QUERY", "SELECT * FROM ivoa.obscore WHERE x < 1"), ("SERVICE_VERSION", "1.0")],
            beforeTable);
        Assert.Empty(resource.Elements(Ns + "TABLE").Single().ElementsAfterSelf());
    }
}
