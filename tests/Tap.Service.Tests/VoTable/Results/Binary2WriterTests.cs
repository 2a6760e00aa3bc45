using System.Globalization;
using System.Xml.Linq;
using Tap.Service.Tests.Support;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Tests.VoTable.Results;

public class Binary2WriterTests
{
    private static async Task<IReadOnlyList<IReadOnlyList<string?>>> DecodeSampleAsync()
    {
        using var table = SampleResults.Table();
        var (text, _) = await ResultOutput.WriteAsync(
            ResultFormats.VoTableBinary2, table.CreateDataReader(), new ResultMetadata(SampleResults.Columns, 100));
        return Binary2Decoder.Rows(XDocument.Parse(text), SampleResults.Columns);
    }

    [Fact]
    public async Task Rows_decode_back_to_the_values_written()
    {
        var rows = await DecodeSampleAsync();

        Assert.Equal(3, rows.Count);
        Assert.Equal(
            ["1", "2025010100042", "94", "0.1", "0.75", "T", "plain", "150.25 -2.5", "150.25 -2.5 0.1",
             "POLYGON ICRS 10 20 11 20 11 21", "2025-01-02T03:04:05.678", "ivo://example.org/lsst?calexp/1"],
            rows[0]);
    }

    [Fact]
    public async Task Binary_carries_every_value_exactly_including_control_characters()
    {
        var row = (await DecodeSampleAsync())[1];

        Assert.Equal(long.MinValue.ToString(CultureInfo.InvariantCulture), row[1]);
        Assert.Equal("32767", row[2]);
        Assert.Equal("NaN", row[3]);
        Assert.Equal("Infinity", row[4]);
        Assert.Equal("F", row[5]);
        Assert.Equal(SampleResults.Awkward, row[6]);
        Assert.Equal("1E-300 359.99999999999994", row[7]);
    }

    [Fact]
    public async Task Null_cells_are_flagged()
    {
        var nullRow = (await DecodeSampleAsync())[2];

        Assert.All(nullRow, Assert.Null);
    }

    [Fact]
    public async Task The_stream_is_base64_in_lines_of_76_characters()
    {
        using var table = SampleResults.Counting(100);
        var (text, _) = await ResultOutput.WriteAsync(
            ResultFormats.VoTableBinary2, table.CreateDataReader(), new ResultMetadata(SampleResults.CountingColumns, 100));

        var lines = XDocument.Parse(text).Descendants(VoTableDocument.Ns + "STREAM").Single().Value
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines[..^1], line => Assert.Equal(76, line.Length));
        // 100 rows of one flag byte and one int: 500 bytes.
        Assert.Equal(500, Convert.FromBase64String(string.Concat(lines)).Length);
    }
}
