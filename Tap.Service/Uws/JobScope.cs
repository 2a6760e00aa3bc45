using System.Security.Claims;

namespace Tap.Service.Uws;

/// <summary>The protocols whose asynchronous jobs the service runs; each has its own job list.</summary>
internal enum UwsService
{
    Tap,
    Soda,
}

/// <summary>
/// The job list a UWS request addresses (/tap/async or /soda/async) and who asks: a job is found,
/// listed and changed only through the list it was created in, and only by a caller who may reach
/// it (<see cref="JobOwners"/>). Bound from the endpoint's metadata and the request's user.
/// </summary>
internal sealed record JobScope(UwsService Service)
{
    /// <summary>The caller; anonymous unless set, so a scope built without one reaches only anonymous jobs.</summary>
    public ClaimsPrincipal Caller { get; init; } = new(new ClaimsIdentity());

    /// <summary>How uws.job.service spells the protocol.</summary>
    public static string NameOf(UwsService service) => service.ToString().ToLowerInvariant();

    public static ValueTask<JobScope> BindAsync(HttpContext context)
    {
        var list = context.GetEndpoint()?.Metadata.GetMetadata<JobScope>()
            ?? throw new InvalidOperationException("A UWS endpoint was mapped without its job scope (MapUwsJobs).");
        return ValueTask.FromResult(list with { Caller = context.User });
    }
}
