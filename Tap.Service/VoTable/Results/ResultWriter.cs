using System.Data.Common;
using System.IO.Pipelines;
using Tap.Service.Protocol;

namespace Tap.Service.VoTable.Results;

/// <summary>
/// Streams rows from a reader into an output in one format, in constant memory: rows pass
/// through one pooled buffer that goes to the output every <see cref="DrainThreshold"/> bytes.
/// </summary>
internal static class ResultWriter
{
    private const int DrainThreshold = 32 * 1024;

    /// <summary>
    /// Writes at most <see cref="ResultMetadata.MaxRec"/> rows; the reader should yield one more
    /// when there are more (SQL <c>LIMIT MAXREC+1</c>), which makes the status OVERFLOW.
    /// An error before the first byte is written propagates (so the client gets a proper HTTP
    /// fault); after that it ends the output as the format allows and is returned in the outcome.
    /// The output is flushed, not completed: the caller owns it.
    /// </summary>
    public static async Task<ResultOutcome> WriteAsync(
        ResultFormat format, DbDataReader reader, ResultMetadata metadata, PipeWriter output, CancellationToken cancellationToken)
    {
        using var formatter = format.CreateFormatter(metadata);
        if (reader.FieldCount < metadata.Columns.Count)
        {
            throw new InvalidOperationException($"The result declares {metadata.Columns.Count} columns but the query returns {reader.FieldCount}.");
        }

        var cells = new CellReader(reader);
        // Many database errors (bad cast, division by zero) come with the first row: read it
        // before writing anything, so that they still become an HTTP error status.
        var hasRow = await reader.ReadAsync(cancellationToken);

        using var buffer = new ByteBuffer();
        formatter.WriteHeader(buffer);
        long rowCount = 0;
        DaliException? error = null;
        while (hasRow && rowCount < metadata.MaxRec)
        {
            var rowStart = buffer.Length;
            try
            {
                formatter.WriteRow(buffer, cells);
            }
            catch (Exception exception)
            {
                // Drop the row that failed half-way: the output keeps whole rows only.
                buffer.Truncate(rowStart);
                error = FaultClassifier.Classify(exception);
                break;
            }

            rowCount++;
            if (buffer.Length >= DrainThreshold)
            {
                // Outside the error handling: when nobody reads the output any more, writing stops.
                await buffer.DrainToAsync(output, cancellationToken);
            }

            try
            {
                hasRow = await reader.ReadAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                error = FaultClassifier.Classify(exception);
                break;
            }
        }

        var status = error is not null ? QueryStatus.Error : hasRow ? QueryStatus.Overflow : QueryStatus.Ok;
        formatter.WriteFooter(buffer, status, error?.Message);
        await buffer.DrainToAsync(output, cancellationToken);
        return new ResultOutcome(rowCount, status, error);
    }
}
