using System.IO.Pipelines;
using Tap.Service.Results;

namespace Tap.Service.Query;

/// <summary>The HTTP response as the executor's output, for /tap/sync and /sia/query.</summary>
internal sealed class ResponseSink(HttpContext context, ILogger logger) : IResultSink
{
    private ResultFormat? _format;

    public PipeWriter Open(ResultFormat format)
    {
        _format = format;
        return ResultResponse.Begin(context.Response, format);
    }

    /// <summary>Ends the response (or breaks it, for an error a CSV cannot report) while the query's transaction is still open.</summary>
    public async Task EndAsync(ResultOutcome outcome)
    {
        var format = _format ?? throw new InvalidOperationException("The result ended before it was opened.");
        if (!ResultResponse.End(context, format, outcome, logger))
        {
            await context.Response.CompleteAsync().ConfigureAwait(false);
        }
    }
}
