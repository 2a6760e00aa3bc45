using Tap.Service.Tests.Support;
using Tap.Service.VoTable;
using Tap.Service.VoTable.Results;
using VoTable;

namespace Tap.Service.Tests.VoTable.Results;

public class DelimitedWriterTests
{
    private static async Task<string[]> WriteSampleLinesAsync(ResultFormat format, string lineEnd)
    {
        using var table = SampleResults.Table();
        var (text, _) = await ResultOutput.WriteAsync(format, table.CreateDataReader(), new ResultMetadata(SampleResults.Columns, 100));
        Assert.EndsWith(lineEnd, text, StringComparison.Ordinal);
        return text[..^lineEnd.Length].Split(lineEnd);
    }

    [Fact]
    public async Task Csv_has_a_header_and_quotes_only_fields_that_need_it()
    {
        using var table = SampleResults.Table();

        var (text, _) = await ResultOutput.WriteAsync(ResultFormats.Csv, table.CreateDataReader(), new ResultMetadata(SampleResults.Columns, 100));

        var quotedNote = "\"" + SampleResults.Awkward.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        Assert.Equal(
            "id,visit,detector,flux,seeing,good,note,pos,cone,s_region,obs_date,obs_publisher_did\r\n"
            + "1,2025010100042,94,0.1,0.75,true,plain,150.25 -2.5,150.25 -2.5 0.1,POLYGON ICRS 10 20 11 20 11 21,"
            + "2025-01-02T03:04:05.678,ivo://example.org/lsst?calexp/1\r\n"
            + "-2,-9223372036854775808,32767,NaN,Infinity,false," + quotedNote + ",1E-300 359.99999999999994,0 -90 1E+20,"
            + "POLYGON ICRS 0 0 1 0 0 1,2025-12-31T23:59:59,ivo://example.org/lsst?calexp/2&x=<y>\r\n"
            + new string(',', SampleResults.Columns.Length - 1) + "\r\n",
            text);
    }

    [Fact]
    public async Task Csv_tells_an_empty_string_from_a_null()
    {
        using var table = new System.Data.DataTable();
        table.Columns.Add("a", typeof(string));
        table.Columns.Add("b", typeof(string));
        table.Rows.Add(string.Empty, DBNull.Value);

        var (text, _) = await ResultOutput.WriteAsync(
            ResultFormats.Csv, table.CreateDataReader(),
            new ResultMetadata([new("a", VoTableDatatype.Char, "*"), new("b", VoTableDatatype.Char, "*")], 10));

        Assert.Equal("a,b\r\n\"\",\r\n", text);
    }

    [Fact]
    public async Task Tsv_escapes_tabs_line_breaks_and_backslashes()
    {
        var lines = await WriteSampleLinesAsync(ResultFormats.Tsv, "\n");

        Assert.Equal(SampleResults.Columns.Length, lines[0].Split('\t').Length);
        var note = lines[2].Split('\t')[6];
        Assert.Equal("a<b & c>\"d\" 'e'\\ttab\\r\\nline\u0001ctl é ✓ 😀", note);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task Csv_stops_after_the_last_whole_row_when_an_error_comes_and_reports_it()
    {
        using var table = SampleResults.Counting(10);
        var failure = new InvalidOperationException("boom");

        var (text, outcome) = await ResultOutput.WriteAsync(
            ResultFormats.Csv, new FailingReader(table.CreateDataReader(), 4, failure), new ResultMetadata(SampleResults.CountingColumns, 100));

        Assert.Equal("n\r\n1\r\n2\r\n3\r\n4\r\n", text);
        Assert.Equal(QueryStatus.Error, outcome.Status);
        Assert.False(ResultFormats.Csv.ReportsErrorsInline);
    }
}
