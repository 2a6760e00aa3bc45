using System.Globalization;
using Microsoft.Extensions.Options;
using Tap.Service.Database;
using Tap.Service.Observability;
using Tap.Service.Protocol;
using Tap.Service.Security;
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

    /// <summary>How long a caller turned away by the per-user limit is told to wait: sync queries mostly end within seconds.</summary>
    private static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(5);

    private static async Task RunAsync(
        HttpContext context,
        DaliRequest request,
        QueryExecutor executor,
        SyncQuerySlots slots,
        IOptions<QueryLimitsOptions> limits,
        IOptions<AccessOptions> access,
        ServiceMetrics metrics,
        ILoggerFactory loggers)
    {
        using var slot = slots.TryTake(context);
        if (slot is null)
        {
            await AnswerBusyAsync(context.Response, limits.Value.MaxSyncQueriesPerUser, context.RequestAborted);
            return;
        }

        var sink = new ResponseSink(context, metrics, loggers.CreateLogger(typeof(TapSyncEndpoints)));
        var role = DatabaseRoles.QueryRoleOf(context.User, access.Value);
        await executor.RunAsync(request, sink, limits.Value.SyncExecutionDuration, role, context.RequestAborted);
    }

    /// <summary>429 Too Many Requests, with Retry-After and a DALI error document saying what to do.</summary>
    private static async Task AnswerBusyAsync(HttpResponse response, int limit, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = ((int)BusyRetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        await DaliErrorDocument.WriteBodyAsync(
            response,
            $"You already have {limit} synchronous {(limit == 1 ? "query" : "queries")} running, as many as the service allows at once. "
            + "Try again when one has ended, or submit the query as an asynchronous job (/tap/async).",
            cancellationToken);
    }
}
