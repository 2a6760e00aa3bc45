using Tap.Service.Uws;
using Tap.Service.VoTable;

namespace Tap.Service.ApiReference;

/// <summary>
/// The UWS 1.1 job list and job resources of one protocol's asynchronous service (TAP, SODA): the
/// same resources under each, a new job taking the protocol's own parameters.
/// </summary>
internal static class UwsOperations
{
    private const string JobPath = "/{jobId}";

    private static readonly IReadOnlyList<string> Phases = [.. Enum.GetValues<ExecutionPhase>().Select(phase => phase.ToUwsName())];

    private static readonly ApiParameter ExecutionDuration = new(
        UwsRequestValues.ExecutionDuration, "Longest the job may run, in seconds; 0, or more than the service allows, means the service's limit.", ApiValue.Integer());

    private static readonly ApiParameter Destruction = new(
        UwsRequestValues.Destruction, "When the job and its results are deleted, as an ISO-8601 time; no later than the service's longest retention.", ApiValue.Time);

    /// <summary>The operations of the job list at <paramref name="root"/> (e.g. "tap/async"), a new job taking <paramref name="jobParameters"/>.</summary>
    public static IEnumerable<KeyValuePair<(string Method, string Path), ApiOperation>> For(string root, string tag, IReadOnlyList<ApiParameter> jobParameters)
    {
        KeyValuePair<(string, string), ApiOperation> Operation(
            string method, string path, string summary, string description, IReadOnlyList<ApiParameter> parameters, params ApiResponse[] responses) =>
            KeyValuePair.Create((method, root + path), new ApiOperation(tag, summary, description, parameters, [.. responses, ApiResponses.UsageError]));

        var notFound = ApiResponses.NotFound with { Description = "No such job among the caller's jobs (or it has been destroyed)." };
        var toJob = ApiResponses.SeeOther("the job");

        yield return Operation(HttpMethods.Get, "", "List your jobs",
            "The caller's own jobs, most recent first; without LAST only the service's default number of them.",
            [
                new ApiParameter(UwsRequestValues.Phase, "Only jobs in this phase; repeat for several.", ApiValue.OneOf(Phases)) { Repeatable = true }
                    .WithExample("completed", "COMPLETED"),
                new ApiParameter(UwsRequestValues.After, "Only jobs created after this ISO-8601 time.", ApiValue.Time).WithExample("since-2026", "2026-01-01T00:00:00Z"),
                new ApiParameter(UwsRequestValues.Last, "Only the most recent this many jobs.", ApiValue.Integer(minimum: 1)).WithExample("last-ten", "10"),
            ],
            ApiResponses.Xml with { Description = "The job list (UWS jobs document)." });
        yield return Operation(HttpMethods.Post, "", "Create a job",
            "Creates a PENDING job owned by the caller with these parameters; PHASE=RUN queues it at once.",
            [
                .. jobParameters,
                new ApiParameter(UwsRequestValues.Phase, "RUN to start the job at once.", ApiValue.OneOf(["RUN"])),
                TapOperations.RunId,
                ExecutionDuration,
                Destruction,
            ],
            ApiResponses.SeeOther("the new job"));
        yield return Operation(HttpMethods.Get, JobPath, "Read a job",
            "The job document; with WAIT, blocks until the job leaves PHASE (or its current phase) or WAIT seconds pass.",
            [
                new ApiParameter(UwsRequestValues.Wait, "Seconds to wait for a phase change, up to the service's limit; -1 for that limit.", ApiValue.Integer(minimum: -1)),
                new ApiParameter(UwsRequestValues.Phase, "With WAIT: wait only while the job is in this phase.", ApiValue.OneOf(Phases)),
            ],
            ApiResponses.Xml with { Description = "The job (UWS job document)." }, notFound);
        yield return Operation(HttpMethods.Post, JobPath, "Delete a job (POST form)",
            "ACTION=DELETE: the same as DELETE on the job, for clients that cannot send DELETE.",
            [new ApiParameter(UwsRequestValues.Action, "DELETE.", ApiValue.OneOf(["DELETE"])) { Required = true }],
            ApiResponses.SeeOther("the job list"), notFound);
        yield return Operation(HttpMethods.Delete, JobPath, "Delete a job",
            "Aborts the job if it runs and deletes it with its results.", [], ApiResponses.SeeOther("the job list"), notFound);
        yield return Operation(HttpMethods.Get, JobPath + "/phase", "Read a job's phase", "PENDING, QUEUED, EXECUTING, COMPLETED, ERROR, ABORTED, ...", [], ApiResponses.PlainText, notFound);
        yield return Operation(HttpMethods.Post, JobPath + "/phase", "Start or abort a job",
            "PHASE=RUN queues a PENDING job; PHASE=ABORT stops a job that has not ended.",
            [new ApiParameter(UwsRequestValues.Phase, "RUN or ABORT.", ApiValue.OneOf(["RUN", "ABORT"])) { Required = true }], toJob, notFound);
        yield return Operation(HttpMethods.Get, JobPath + "/executionduration", "Read a job's execution duration", "Seconds the job may run.", [], ApiResponses.PlainText, notFound);
        yield return Operation(HttpMethods.Post, JobPath + "/executionduration", "Change a job's execution duration",
            "Only while the job is PENDING.", [ExecutionDuration with { Required = true }], toJob, notFound);
        yield return Operation(HttpMethods.Get, JobPath + "/destruction", "Read a job's destruction time", "ISO-8601 time when the job will be deleted.", [], ApiResponses.PlainText, notFound);
        yield return Operation(HttpMethods.Post, JobPath + "/destruction", "Change a job's destruction time",
            "Moves the time the job is deleted, within the service's longest retention.", [Destruction with { Required = true }], toJob, notFound);
        yield return Operation(HttpMethods.Get, JobPath + "/quote", "Read a job's quote", "When the service expects the job to end, if it can tell (empty otherwise).", [], ApiResponses.PlainText, notFound);
        yield return Operation(HttpMethods.Get, JobPath + "/owner", "Read a job's owner", "The identity that created the job.", [], ApiResponses.PlainText, notFound);
        yield return Operation(HttpMethods.Get, JobPath + "/error", "Read a job's error",
            "For a job in phase ERROR: the DALI error document saying what went wrong.", [],
            new ApiResponse(200, "The error, as a DALI error document.", VoTableMarkup.ContentType), notFound);
        yield return Operation(HttpMethods.Get, JobPath + "/parameters", "Read a job's parameters", "The parameters the job runs with (UWS parameters document).", [],
            ApiResponses.Xml with { Description = "The job's parameters." }, notFound);
        yield return Operation(HttpMethods.Post, JobPath + "/parameters", "Change a job's parameters",
            "Only while the job is PENDING: the given parameters replace those of the same name.",
            [.. jobParameters.Select(parameter => parameter with { Required = false, Examples = new Dictionary<string, string>() }), TapOperations.RunId], toJob, notFound);
        yield return Operation(HttpMethods.Get, JobPath + "/results", "List a job's results", "The results of a COMPLETED job, with their URLs.", [],
            ApiResponses.Xml with { Description = "The job's results (UWS results document)." }, notFound);
        yield return Operation(HttpMethods.Get, JobPath + "/results/{resultId}", "Read one result of a job", "The result file, in the media type the job wrote it in.", [],
            new ApiResponse(200, "The result (a query's table, a cutout, ...).", "application/octet-stream"), notFound);
    }
}
