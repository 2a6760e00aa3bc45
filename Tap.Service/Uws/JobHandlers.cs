using System.Globalization;
using Microsoft.Extensions.Options;
using Tap.Service.Protocol;

namespace Tap.Service.Uws;

/// <summary>A job and its sub-resources (UWS 1.1 §2.2.3). An unknown job id is a DALI 404 from <see cref="JobStore.GetAsync"/>.</summary>
internal static class JobHandlers
{
    /// <summary>The job document; with WAIT, once the job has left its phase (or PHASE's) or the wait is over.</summary>
    public static async Task<IResult> GetAsync(
        JobScope scope, string jobId, DaliRequest request, JobStore store, JobWaiter waiter, JobLinks links, IOptions<UwsOptions> options,
        CancellationToken cancellationToken)
    {
        var wait = UwsRequestValues.WaitTime(request.Parameters, options.Value.MaxWait);
        var phase = request.Parameters.GetSingle(UwsRequestValues.Phase) is { } name ? ExecutionPhaseNames.Parse(name) : (ExecutionPhase?)null;
        var job = wait is { } time
            ? await waiter.WaitAsync(scope, jobId, time, phase, cancellationToken)
            : await store.GetAsync(scope, jobId, cancellationToken);
        return UwsResults.Xml(UwsDocuments.Job(job, links));
    }

    /// <summary>POST ACTION=DELETE to the job: the same as DELETE.</summary>
    public static Task<IResult> PostActionAsync(
        JobScope scope, string jobId, DaliRequest request, JobStore store, JobResultFiles files, JobLinks links, CancellationToken cancellationToken)
    {
        var action = request.Parameters.GetSingle(UwsRequestValues.Action);
        return string.Equals(action, "DELETE", StringComparison.OrdinalIgnoreCase)
            ? DeleteAsync(scope, jobId, store, files, links, cancellationToken)
            : throw new DaliUsageException($"POST to a job takes ACTION=DELETE; {(action is null ? "no ACTION was given" : $"ACTION={action} is unknown")}.");
    }

    /// <summary>Deletes the job (aborting it if it runs: its worker sees the row gone) and its results; redirects to the job list.</summary>
    public static async Task<IResult> DeleteAsync(
        JobScope scope, string jobId, JobStore store, JobResultFiles files, JobLinks links, CancellationToken cancellationToken)
    {
        if (!await store.DeleteAsync(scope, jobId, cancellationToken))
        {
            throw JobStore.NoSuchJob(jobId);
        }

        files.DeleteAll(jobId);
        return UwsResults.SeeOther(links.JobList(scope.Service));
    }

    public static async Task<IResult> GetPhaseAsync(JobScope scope, string jobId, JobStore store, CancellationToken cancellationToken) =>
        UwsResults.Text((await store.GetAsync(scope, jobId, cancellationToken)).Phase.ToUwsName());

    /// <summary>PHASE=RUN queues a pending job, PHASE=ABORT stops an unfinished one; anything else is a usage error.</summary>
    public static async Task<IResult> PostPhaseAsync(
        JobScope scope, string jobId, DaliRequest request, JobStore store, JobLinks links, TimeProvider time, CancellationToken cancellationToken)
    {
        var requested = request.Parameters.GetSingle(UwsRequestValues.Phase);
        Action<Job> change = requested?.ToUpperInvariant() switch
        {
            "RUN" => job => job.Run(),
            "ABORT" => job => job.Abort(time.GetUtcNow().UtcDateTime),
            _ => throw new DaliUsageException(
                $"POST to a job's phase takes PHASE=RUN or PHASE=ABORT; {(requested is null ? "no PHASE was given" : $"PHASE={requested} is not one of them")}."),
        };
        await store.UpdateAsync(scope, jobId, change, cancellationToken);
        return UwsResults.SeeOther(links.Job(scope.Service, jobId));
    }

    public static async Task<IResult> GetExecutionDurationAsync(JobScope scope, string jobId, JobStore store, CancellationToken cancellationToken) =>
        UwsResults.Text((await store.GetAsync(scope, jobId, cancellationToken)).ExecutionDuration.ToString(CultureInfo.InvariantCulture));

    /// <summary>Sets the execution duration of a pending job, in seconds; 0 (unlimited) and longer ones get the service's maximum.</summary>
    public static async Task<IResult> PostExecutionDurationAsync(
        JobScope scope, string jobId, DaliRequest request, JobStore store, JobLinks links, IOptions<UwsOptions> options, CancellationToken cancellationToken)
    {
        var seconds = UwsRequestValues.ExecutionDurationSeconds(request.Parameters, options.Value.MaxExecutionDuration)
            ?? throw new DaliUsageException("POST to a job's executionduration takes EXECUTIONDURATION, a number of seconds.");
        await store.UpdateAsync(
            scope,
            jobId,
            job =>
            {
                job.EnsurePending("execution duration");
                job.ExecutionDuration = seconds;
            },
            cancellationToken);
        return UwsResults.SeeOther(links.Job(scope.Service, jobId));
    }

    public static async Task<IResult> GetDestructionAsync(JobScope scope, string jobId, JobStore store, CancellationToken cancellationToken) =>
        UwsResults.Text((await store.GetAsync(scope, jobId, cancellationToken)).DestructionTime is { } time
            ? UwsDocuments.FormatTime(time)
            : null);

    /// <summary>Sets when the job and its results are removed, no later than the service's retention allows.</summary>
    public static async Task<IResult> PostDestructionAsync(
        JobScope scope, string jobId, DaliRequest request, JobStore store, JobLinks links, IOptions<UwsOptions> options, CancellationToken cancellationToken)
    {
        var destruction = UwsRequestValues.Time(request.Parameters, UwsRequestValues.Destruction)
            ?? throw new DaliUsageException("POST to a job's destruction takes DESTRUCTION, an ISO-8601 time.");
        await store.UpdateAsync(scope, jobId, job => job.SetDestruction(destruction, options.Value.MaxRetention), cancellationToken);
        return UwsResults.SeeOther(links.Job(scope.Service, jobId));
    }

    /// <summary>The service makes no completion estimate: the quote is empty (xsi:nil in the job document).</summary>
    public static async Task<IResult> GetQuoteAsync(JobScope scope, string jobId, JobStore store, CancellationToken cancellationToken) =>
        UwsResults.Text((await store.GetAsync(scope, jobId, cancellationToken)).Quote is { } quote
            ? UwsDocuments.FormatTime(quote)
            : null);

    public static async Task<IResult> GetOwnerAsync(JobScope scope, string jobId, JobStore store, CancellationToken cancellationToken) =>
        UwsResults.Text((await store.GetAsync(scope, jobId, cancellationToken)).OwnerId);

    /// <summary>The error of a failed job as a DALI error VOTable (HTTP 200: the document itself is what was asked for).</summary>
    public static async Task GetErrorAsync(JobScope scope, string jobId, JobStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var job = await store.GetAsync(scope, jobId, cancellationToken);
        var message = job.ErrorMessage
            ?? throw new DaliNotFoundException($"Job {jobId} has no error: it is {job.Phase.ToUwsName()}.");
        await DaliErrorDocument.WriteBodyAsync(response, message, cancellationToken);
    }

    public static async Task<IResult> GetParametersAsync(JobScope scope, string jobId, JobStore store, CancellationToken cancellationToken) =>
        UwsResults.Xml(UwsDocuments.Parameters(await store.GetAsync(scope, jobId, cancellationToken)));

    /// <summary>Adds or replaces parameters (and the run id) of a pending job.</summary>
    public static async Task<IResult> PostParametersAsync(
        JobScope scope, string jobId, DaliRequest request, JobStore store, JobLinks links, CancellationToken cancellationToken)
    {
        var runId = UwsRequestValues.RunIdOf(request.Parameters);
        var given = UwsRequestValues.QueryParameters(request.Parameters).ToList();
        await store.UpdateAsync(scope, jobId, job => job.SetParameters(given, runId), cancellationToken);
        return UwsResults.SeeOther(links.Job(scope.Service, jobId));
    }

    public static async Task<IResult> GetResultsAsync(JobScope scope, string jobId, JobStore store, JobLinks links, CancellationToken cancellationToken) =>
        UwsResults.Xml(UwsDocuments.Results(await store.GetAsync(scope, jobId, cancellationToken), links));

    /// <summary>Streams a result file with the media type of the format the query wrote.</summary>
    public static async Task<IResult> GetResultAsync(
        JobScope scope, string jobId, string resultId, JobStore store, JobResultFiles files, CancellationToken cancellationToken)
    {
        var job = await store.GetAsync(scope, jobId, cancellationToken);
        var result = job.Results.FirstOrDefault(r => r.ResultId == resultId)
            ?? throw new DaliNotFoundException($"Job {jobId} has no result '{resultId}': it is {job.Phase.ToUwsName()}.");
        var path = files.PathOf(result.FileName);
        return File.Exists(path)
            ? TypedResults.PhysicalFile(path, result.MimeType ?? "application/octet-stream")
            : throw new DaliNotFoundException($"The result of job {jobId} is no longer available: it has been removed.");
    }
}
