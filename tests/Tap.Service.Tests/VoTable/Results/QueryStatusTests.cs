using System.Xml.Linq;
using Npgsql;
using Tap.Service.Tests.Support;
using Tap.Service.VoTable;
using Tap.Service.VoTable.Results;
using VoTable;
using static Tap.Service.Tests.Support.VoTableDocument;

namespace Tap.Service.Tests.VoTable.Results;

/// <summary>MAXREC, OVERFLOW and errors, the same for both VOTable serialisations.</summary>
public class QueryStatusTests
{
    public static TheoryData<string> VoTableFormats => [ResultFormats.VoTableTableData.MimeType, ResultFormats.VoTableBinary2.MimeType];

    private static async Task<(XDocument Document, ResultOutcome Outcome, int Rows)> WriteCountingAsync(
        string mimeType, int availableRows, int maxRec, Func<System.Data.Common.DbDataReader, System.Data.Common.DbDataReader>? wrap = null)
    {
        using var table = SampleResults.Counting(availableRows);
        var reader = wrap is null ? table.CreateDataReader() : wrap(table.CreateDataReader());
        var (text, outcome) = await ResultOutput.WriteAsync(
            ResultFormats.Resolve(mimeType), reader, new ResultMetadata(SampleResults.CountingColumns, maxRec));
        var document = XDocument.Parse(text);
        var rows = mimeType == ResultFormats.VoTableBinary2.MimeType
            ? Binary2Decoder.Rows(document, SampleResults.CountingColumns).Count
            : TableDataRows(document).Count;
        return (document, outcome, rows);
    }

    [Theory]
    [MemberData(nameof(VoTableFormats))]
    public async Task Exactly_MAXREC_rows_available_is_not_an_overflow(string mimeType)
    {
        var (document, outcome, rows) = await WriteCountingAsync(mimeType, availableRows: 5, maxRec: 5);

        Assert.Equal(5, rows);
        Assert.Equal(["OK"], QueryStatuses(document));
        Assert.Equal(QueryStatus.Ok, outcome.Status);
    }

    [Theory]
    [MemberData(nameof(VoTableFormats))]
    public async Task One_row_more_than_MAXREC_is_cut_and_marked_once_after_the_table(string mimeType)
    {
        var (document, outcome, rows) = await WriteCountingAsync(mimeType, availableRows: 6, maxRec: 5);

        Assert.Equal(5, rows);
        Assert.Equal(["OK", "OVERFLOW"], QueryStatuses(document));
        var overflow = ResultsResource(document).Elements(Ns + "INFO").Last();
        Assert.Equal(Ns + "TABLE", ((XElement)overflow.PreviousNode!).Name);
        Assert.Equal((5, QueryStatus.Overflow), (outcome.RowCount, outcome.Status));
    }

    [Theory]
    [MemberData(nameof(VoTableFormats))]
    public async Task MAXREC_zero_gives_the_fields_and_no_rows(string mimeType)
    {
        var (document, outcome, rows) = await WriteCountingAsync(mimeType, availableRows: 3, maxRec: 0);

        Assert.Equal(0, rows);
        Assert.Single(document.Descendants(Ns + "FIELD"));
        // Rows existed and none were returned: DALI's overflow indicator for MAXREC=0.
        Assert.Equal(["OK", "OVERFLOW"], QueryStatuses(document));
        Assert.Equal(0, outcome.RowCount);
    }

    [Theory]
    [MemberData(nameof(VoTableFormats))]
    public async Task MAXREC_zero_on_an_empty_result_is_OK(string mimeType)
    {
        var (document, _, rows) = await WriteCountingAsync(mimeType, availableRows: 0, maxRec: 0);

        Assert.Equal(0, rows);
        Assert.Equal(["OK"], QueryStatuses(document));
    }

    [Theory]
    [MemberData(nameof(VoTableFormats))]
    public async Task An_error_after_streaming_began_ends_a_well_formed_document_with_the_message(string mimeType)
    {
        var divisionByZero = new PostgresException("division by zero", "ERROR", "ERROR", "22012");

        var (document, outcome, rows) = await WriteCountingAsync(
            mimeType, availableRows: 10, maxRec: 100, reader => new FailingReader(reader, rowsBeforeFailure: 3, divisionByZero));

        Assert.Equal(3, rows);
        Assert.Equal(["OK", "ERROR"], QueryStatuses(document));
        Assert.Equal("division by zero", ResultsResource(document).Elements(Ns + "INFO").Last().Value);
        Assert.Equal((3, QueryStatus.Error), (outcome.RowCount, outcome.Status));
    }

    [Fact]
    public async Task A_row_that_fails_half_way_is_dropped_and_the_cause_is_not_shown()
    {
        using var table = new System.Data.DataTable();
        table.Columns.Add("n", typeof(int));
        table.Columns.Add("pos", typeof(object));
        table.Rows.Add(1, SampleResults.Doubles(1.0, 2.0));
        table.Rows.Add(2, 31337L);
        ResultColumn[] columns = [new("n", VoTableDatatype.Int), ResultColumn.DaliGeometry("pos", "point", "2")];

        var (text, outcome) = await ResultOutput.WriteAsync(ResultFormats.VoTableTableData, table.CreateDataReader(), new ResultMetadata(columns, 10));

        var document = XDocument.Parse(text);
        Assert.Equal([["1", "1 2"]], TableDataRows(document));
        Assert.Equal(Tap.Service.Protocol.FaultClassifier.InternalErrorMessage, ResultsResource(document).Elements(Ns + "INFO").Last().Value);
        Assert.DoesNotContain("31337", text, StringComparison.Ordinal);
        Assert.IsType<InvalidCastException>(outcome.Error!.InnerException);
    }

    [Theory]
    [MemberData(nameof(VoTableFormats))]
    public async Task A_point_with_a_wrong_number_of_values_is_an_error_not_a_broken_cell(string mimeType)
    {
        using var table = new System.Data.DataTable();
        table.Columns.Add("pos", typeof(double[]));
        table.Rows.Add(SampleResults.Doubles(1.0, 2.0));
        table.Rows.Add(SampleResults.Doubles(1.0, 2.0, 3.0));
        ResultColumn[] columns = [ResultColumn.DaliGeometry("pos", "point", "2")];

        var (text, outcome) = await ResultOutput.WriteAsync(ResultFormats.Resolve(mimeType), table.CreateDataReader(), new ResultMetadata(columns, 10));

        Assert.Equal(["OK", "ERROR"], QueryStatuses(XDocument.Parse(text)));
        Assert.Equal(1, outcome.RowCount);
    }

    [Fact]
    public async Task Writing_stops_when_nobody_reads_the_output_any_more()
    {
        using var table = SampleResults.Counting(100_000);
        using var reader = table.CreateDataReader();
        var pipe = new System.IO.Pipelines.Pipe();
        await pipe.Reader.CompleteAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ResultWriter.WriteAsync(
            ResultFormats.VoTableTableData, reader, new ResultMetadata(SampleResults.CountingColumns, int.MaxValue), pipe.Writer, CancellationToken.None));

        Assert.True(reader.Read(), "the writer should have left the remaining rows unread");
    }

    [Fact]
    public async Task An_error_on_the_first_row_propagates_before_anything_is_written()
    {
        using var table = SampleResults.Counting(3);
        using var memory = new MemoryStream();
        var pipe = System.IO.Pipelines.PipeWriter.Create(memory);
        var failure = new PostgresException("invalid input syntax for type integer", "ERROR", "ERROR", "22P02");

        await Assert.ThrowsAsync<PostgresException>(() => ResultWriter.WriteAsync(
            ResultFormats.VoTableTableData, new FailingReader(table.CreateDataReader(), 0, failure),
            new ResultMetadata(SampleResults.CountingColumns, 10), pipe, CancellationToken.None));

        await pipe.FlushAsync();
        Assert.Equal(0, memory.Length);
    }
}
