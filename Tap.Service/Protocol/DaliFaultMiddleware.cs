using Tap.Service.Observability;

namespace Tap.Service.Protocol;

/// <summary>
/// The one place where failures become HTTP responses: every exception an endpoint throws is
/// classified into a DALI fault and answered with a VOTable error document, or the endpoint's own
/// <see cref="FaultForm"/>; no stack trace leaves.
/// </summary>
internal sealed class DaliFaultMiddleware(RequestDelegate next, ServiceMetrics metrics, ILogger<DaliFaultMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: there is nobody to answer.
        }
        catch (Exception exception)
        {
            var fault = FaultClassifier.Classify(exception);
            FaultLog.Write(logger, metrics, fault, context.TraceIdentifier);
            if (context.Response.HasStarted)
            {
                // Result writers end their own documents; anything else that fails this late can
                // only be signalled by breaking the connection, so the client sees a truncated body.
                context.Abort();
                return;
            }

            context.Response.Clear();
            var write = context.GetEndpoint()?.Metadata.GetMetadata<FaultForm>()?.WriteAsync ?? DaliErrorDocument.WriteAsync;
            await write(context.Response, fault, context.RequestAborted);
        }
    }
}
