using System.Data.Common;
using System.IO.Pipelines;
using Tap.Service.Protocol;
using Tap.Service.VoTable;

namespace Tap.Service.Results;

/// <summary>Streams a query result as the body of an HTTP response.</summary>
public static class ResultResponse
{
    /// <summary>
    /// Writes the result with status 200 in <paramref name="format"/>. Errors before the first
    /// byte propagate to the DALI fault handler; later ones end a VOTable with QUERY_STATUS=ERROR,
    /// or abort the connection for formats that cannot say so (CSV, TSV).
    /// </summary>
    public static async Task<ResultOutcome> WriteAsync(
        HttpContext context, ResultFormat format, DbDataReader reader, ResultMetadata metadata, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = Begin(context.Response, format);
        var outcome = await ResultWriter.WriteAsync(format, reader, metadata, output, context.RequestAborted).ConfigureAwait(false);
        _ = End(context, format, outcome, logger);
        return outcome;
    }

    /// <summary>Sets status 200 and the format's content type; nothing is sent until the first write.</summary>
    public static PipeWriter Begin(HttpResponse response, ResultFormat format)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(format);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format.MimeType;
        return response.BodyWriter;
    }

    /// <summary>
    /// Logs an error that happened after streaming began; breaks the connection when the format could
    /// not report it, and then returns true.
    /// </summary>
    public static bool End(HttpContext context, ResultFormat format, ResultOutcome outcome, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Status == QueryStatus.Error && outcome.Error is { } error)
        {
            FaultLog.Write(logger, error, context.TraceIdentifier);
            if (!format.ReportsErrorsInline)
            {
                context.Abort();
                return true;
            }
        }

        return false;
    }
}
