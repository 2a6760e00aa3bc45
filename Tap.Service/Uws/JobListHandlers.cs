using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Tap.Service.Protocol;
using Tap.Service.Security;

namespace Tap.Service.Uws;

/// <summary>The job list resource: GET lists jobs, POST creates one.</summary>
internal static class JobListHandlers
{
    /// <summary>The caller's own jobs (<see cref="JobOwners"/>); PHASE (repeatable), AFTER and LAST filter the list; without LAST it holds only the most recent jobs.</summary>
    public static async Task<IResult> ListAsync(
        JobScope scope, DaliRequest request, JobStore store, JobLinks links, IOptions<UwsOptions> options, CancellationToken cancellationToken)
    {
        var phases = UwsRequestValues.Phases(request.Parameters);
        var after = UwsRequestValues.Time(request.Parameters, UwsRequestValues.After);
        var last = UwsRequestValues.LastCount(request.Parameters) ?? options.Value.DefaultListSize;
        var jobs = await store.ListAsync(scope, phases, after, last, cancellationToken);
        return UwsResults.Xml(UwsDocuments.JobList(jobs, links));
    }

    /// <summary>Creates a PENDING job owned by the caller, holding the request's parameters (QUEUED at once with PHASE=RUN) and redirects to it.</summary>
    public static async Task<IResult> CreateAsync(
        JobScope scope, DaliRequest request, JobStore store, JobLinks links, JobUploads uploads, JobResultFiles files,
        IOptions<UwsOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var phase = request.Parameters.GetSingle(UwsRequestValues.Phase);
        if (phase is not null && !string.Equals(phase, "RUN", StringComparison.OrdinalIgnoreCase))
        {
            throw new DaliUsageException($"A new job can only be started, with PHASE=RUN; PHASE={phase} is not allowed here.");
        }

        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var job = new Job
        {
            JobId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            RunId = UwsRequestValues.RunIdOf(request.Parameters),
            Service = scope.Service,
            OwnerId = scope.Caller.UserName(),
            OwnerGroups = JobOwners.GroupsOf(scope.Caller),
            CreationTime = now,
            ExecutionDuration = UwsRequestValues.ExecutionDurationSeconds(request.Parameters, settings.MaxExecutionDuration)
                ?? (int)settings.DefaultExecutionDuration.TotalSeconds,
            Parameters = new Dictionary<string, string[]>(UwsRequestValues.QueryParameters(request.Parameters), StringComparer.OrdinalIgnoreCase),
        };
        job.SetDestruction(
            UwsRequestValues.Time(request.Parameters, UwsRequestValues.Destruction) ?? now + settings.DefaultRetention, settings.MaxRetention);
        if (phase is not null)
        {
            job.Run();
        }

        // The uploaded tables are saved before the job exists, so no worker can run it without them.
        try
        {
            await uploads.SaveAsync(job.JobId, request.Files, cancellationToken);
            await store.AddAsync(job, cancellationToken);
        }
        catch
        {
            files.DeleteAll(job.JobId);
            throw;
        }

        return UwsResults.SeeOther(links.Job(scope.Service, job.JobId));
    }
}
