using System.Data;
using System.Runtime.CompilerServices;
using Tap.Service.Protocol;
using Tap.Service.Results;
using Tap.Service.Tests.Support;
using Tap.Service.VoTable;

namespace Tap.Service.Tests.Results;

/// <summary>
/// Whole documents compared with expected files under Expected/, so that a reviewer reads any
/// change in what clients receive as a diff. Set UPDATE_EXPECTED=1 to rewrite them after an
/// intended change.
/// </summary>
public class ExpectedDocumentTests
{
    [Fact]
    public async Task The_DALI_error_document()
    {
        using var buffer = new ByteBuffer();
        DaliErrorDocument.Write(buffer, "Parameter MAXREC must be a non-negative integer, not '-1'.");

        await AssertMatchesExpectedAsync("error-document.xml", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public async Task An_ObsCore_result_with_its_DataLink_descriptors()
    {
        using var table = new DataTable();
        table.Columns.Add("obs_publisher_did", typeof(string));
        table.Columns.Add("s_region", typeof(double[]));
        table.Rows.Add("ivo://example.org/lsst?calexp/1", SampleResults.Doubles(10, 20, 11, 20, 11, 21));
        table.Rows.Add("ivo://example.org/lsst?calexp/2", SampleResults.Doubles(12, 20, 13, 20, 13, 21));
        ResultColumn[] columns =
        [
            new("obs_publisher_did", VoTableDatatype.Char, "*") { Ucd = "meta.ref.ivoid", Description = "Dataset identifier" },
            ResultColumn.StcsPolygon("s_region") with { Unit = "deg" },
        ];
        var metadata = TestOptions.Descriptors().AddTo(new ResultMetadata(columns, 1)
        {
            Infos = [new("QUERY", "SELECT obs_publisher_did, s_region FROM ivoa.obscore")],
        });

        var (text, _) = await ResultOutput.WriteAsync(ResultFormats.VoTableTableData, table.CreateDataReader(), metadata);

        await AssertMatchesExpectedAsync("obscore-result-with-descriptors.xml", text);
    }

    private static async Task AssertMatchesExpectedAsync(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "Expected", name);
        if (Environment.GetEnvironmentVariable("UPDATE_EXPECTED") == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"Missing expected file {path}; run the tests with UPDATE_EXPECTED=1 to create it.");
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }
}
