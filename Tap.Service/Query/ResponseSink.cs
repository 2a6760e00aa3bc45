using System.IO.Pipelines;
using Tap.Service.Observability;
using Tap.Service.Protocol;
using Tap.Service.VoTable;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Query;

/// <summary>
/// The HTTP response as the executor's output, for /tap/sync and /sia/query: status 200 in the
/// result's format; errors before the first byte propagate to the DALI fault handler, later ones end
/// a VOTable with QUERY_STATUS=ERROR or break the connection for formats that cannot say so (CSV, TSV).
/// </summary>
internal sealed class ResponseSink(HttpContext context, ServiceMetrics metrics, ILogger logger) : IResultSink
{
    private ResultFormat? _format;

    /// <summary>Sets status 200 and the format's content type; nothing is sent until the first write.</summary>
    public PipeWriter Open(ResultFormat format)
    {
        _format = format;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = format.MimeType;
        return context.Response.BodyWriter;
    }

    /// <summary>
    /// Ends the response while the query's transaction is still open; an error that happened after
    /// streaming began is logged, and breaks the connection when the format could not report it.
    /// </summary>
    public async Task EndAsync(ResultOutcome outcome)
    {
        var format = _format ?? throw new InvalidOperationException("The result ended before it was opened.");
        if (outcome.Status == QueryStatus.Error && outcome.Error is { } error)
        {
            FaultLog.Write(logger, metrics, error, context.TraceIdentifier);
            if (!format.ReportsErrorsInline)
            {
                context.Abort();
                return;
            }
        }

        await context.Response.CompleteAsync();
    }
}
