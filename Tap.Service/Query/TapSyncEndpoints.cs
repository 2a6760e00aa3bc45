using Microsoft.Extensions.Options;
using Tap.Service.Database;
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

    private static async Task RunAsync(
        HttpContext context,
        DaliRequest request,
        QueryExecutor executor,
        IOptions<QueryLimitsOptions> limits,
        IOptions<AccessOptions> access,
        ILoggerFactory loggers)
    {
        var sink = new ResponseSink(context, loggers.CreateLogger(typeof(TapSyncEndpoints)));
        var role = DatabaseRoles.QueryRoleOf(context.User, access.Value);
        await executor.RunAsync(request, sink, limits.Value.SyncExecutionDuration, role, context.RequestAborted);
    }
}
