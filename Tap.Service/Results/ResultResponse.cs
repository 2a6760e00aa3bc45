using System.Data.Common;
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
        ArgumentNullException.ThrowIfNull(format);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = format.MimeType;
        var outcome = await ResultWriter.WriteAsync(format, reader, metadata, context.Response.BodyWriter, context.RequestAborted)
            .ConfigureAwait(false);
        if (outcome.Status == QueryStatus.Error && outcome.Error is { } error)
        {
            FaultLog.Write(logger, error, context.TraceIdentifier);
            if (!format.ReportsErrorsInline)
            {
                context.Abort();
            }
        }

        return outcome;
    }
}
