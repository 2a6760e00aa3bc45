namespace Tap.Service.Uws;

internal static class UwsEndpoints
{
    /// <summary>
    /// Maps the UWS 1.1 job list and job resources at "async" under <paramref name="tap"/> (e.g. the
    /// "/tap" group). Needs <see cref="UwsServiceCollectionExtensions.AddUws"/> and an
    /// <see cref="Query.IQueryRunner"/>; failures are DALI faults rendered by UseDaliFaults.
    /// </summary>
    public static RouteGroupBuilder MapTapAsync(this IEndpointRouteBuilder tap)
    {
        var jobs = tap.MapGroup("async");
        jobs.MapGet("", JobListHandlers.ListAsync).WithName(JobLinks.JobListEndpoint);
        jobs.MapPost("", JobListHandlers.CreateAsync);

        var job = jobs.MapGroup("{jobId}");
        job.MapGet("", JobHandlers.GetAsync).WithName(JobLinks.JobEndpoint);
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
        job.MapGet("results/{resultId}", JobHandlers.GetResultAsync).WithName(JobLinks.ResultEndpoint);
        return jobs;
    }
}
