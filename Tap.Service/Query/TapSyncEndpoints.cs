using Microsoft.Extensions.Options;
using Tap.Service.Protocol;
using Tap.Service.VoTable.Results;

namespace Tap.Service.Query;

internal static class TapSyncEndpoints
{
    /// <summary>Maps /sync (GET, and POST as a form or multipart with TAP_UPLOAD parts) on the TAP route group.</summary>
    public static RouteGroupBuilder MapTapSync(this RouteGroupBuilder tap)
    {
        tap.MapMethods("/sync", [HttpMethods.Get, HttpMethods.Post], RunAsync).DisableAntiforgery();
        return tap;
    }

    private static async Task RunAsync(
        HttpContext context, DaliRequest request, QueryExecutor executor, IOptions<QueryLimitsOptions> limits, ILoggerFactory loggers)
    {
        var sink = new ResponseSink(context, loggers.CreateLogger(typeof(TapSyncEndpoints)));
        await executor.RunAsync(request, sink, limits.Value.SyncExecutionDuration, context.RequestAborted);
    }
}
