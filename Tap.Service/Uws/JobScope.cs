namespace Tap.Service.Uws;

/// <summary>The protocols whose asynchronous jobs the service runs; each has its own job list.</summary>
internal enum UwsService
{
    Tap,
    Soda,
}

/// <summary>
/// The job list a UWS request addresses (/tap/async or /soda/async): a job is found, listed and
/// changed only through the list it was created in. Bound from the endpoint's metadata.
/// </summary>
internal sealed record JobScope(UwsService Service)
{
    /// <summary>How uws.job.service spells the protocol.</summary>
    public static string NameOf(UwsService service) => service.ToString().ToLowerInvariant();

    public static ValueTask<JobScope> BindAsync(HttpContext context) =>
        ValueTask.FromResult(context.GetEndpoint()?.Metadata.GetMetadata<JobScope>()
            ?? throw new InvalidOperationException("A UWS endpoint was mapped without its job scope (MapUwsJobs)."));
}
