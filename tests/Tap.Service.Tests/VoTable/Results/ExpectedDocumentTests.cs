using System.Data;
using Tap.Service.Protocol;
using Tap.Service.Tests.Support;
using Tap.Service.VoTable;
using Tap.Service.VoTable.Results;
using VoTable;

namespace Tap.Service.Tests.VoTable.Results;

/// <summary>Whole result and error documents compared with expected files (see <see cref="ExpectedFiles"/>).</summary>
public class ExpectedDocumentTests
{
    [Fact]
    public async Task The_DALI_error_document()
    {
        using var buffer = new ByteBuffer();
        DaliErrorDocument.Write(buffer, "Parameter MAXREC must be a non-negative integer, not '-1'.");

        await ExpectedFiles.AssertMatchesAsync("error-document.xml", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
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

        await ExpectedFiles.AssertMatchesAsync("obscore-result-with-descriptors.xml", text);
    }
}
