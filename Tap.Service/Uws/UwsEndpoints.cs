namespace Tap.Service.Uws;

internal static class UwsEndpoints
{
    /// <summary>
    /// Maps the UWS 1.1 job list and job resources of <paramref name="service"/>'s jobs at "async"
    /// under <paramref name="group"/> (e.g. the "/tap" group). Needs
    /// <see cref="UwsServiceCollectionExtensions.AddUws"/> and the service's <see cref="IJobRunner"/>;
    /// failures are DALI faults rendered by UseDaliFaults.
    /// </summary>
    public static RouteGroupBuilder MapUwsJobs(this IEndpointRouteBuilder group, UwsService service)
    {
        var jobs = group.MapGroup("async").WithMetadata(new JobScope(service));
        jobs.MapGet("", JobListHandlers.ListAsync).WithName(JobLinks.JobListEndpoint(service));
        jobs.MapPost("", JobListHandlers.CreateAsync);

        var job = jobs.MapGroup("{jobId}");
        job.MapGet("", JobHandlers.GetAsync).WithName(JobLinks.JobEndpoint(service));
        job.MapPost("", JobHandlers.PostActionAsync);
        job.MapDelete("", JobHandlers.DeleteAsync);
        job.MapGet("phase", JobHandlers.GetPhaseAsync);
        job.MapPost("phase", JobHandlers.PostPhaseAsync);
        job.MapGet("executionduration", JobHandlers.GetExecutionDurationAsync);
        job.MapPost("executionduration", JobHandlers.PostExecutionDurationAsync);
        job.MapGet("destruction", JobHandlers.GetDestructionAsync);
        job.MapPost("destruction", JobHandlers.PostDestructionAsync);
        job.MapGet("quote", JobHandlers.GetQuoteAsync);
        job.MapGet("owner", JobHandlers.GetOwnerAsync);
        job.MapGet("error", JobHandlers.GetErrorAsync);
        job.MapGet("parameters", JobHandlers.GetParametersAsync);
        job.MapPost("parameters", JobHandlers.PostParametersAsync);
        job.MapGet("results", JobHandlers.GetResultsAsync);
        job.MapGet("results/{resultId}", JobHandlers.GetResultAsync).WithName(JobLinks.ResultEndpoint(service));
        return jobs;
    }
}
