using System.Security.Claims;
using Tap.Service.Protocol;

namespace Tap.Service.Uws;

/// <summary>
/// A row of uws.job. Phase changes go through the methods below, which refuse the changes UWS
/// does not allow; the store saves them compare-and-set on <see cref="RowVersion"/>.
/// </summary>
internal sealed class Job
{
    public required string JobId { get; init; }

    public string? RunId { get; set; }

    /// <summary>The user who created the job (UWS owner), or null for an anonymous job.</summary>
    public string? OwnerId { get; init; }

    /// <summary>The owner's groups when the job was created: the rights the job runs with, on any replica.</summary>
    public string[] OwnerGroups { get; init; } = [];

    /// <summary>
    /// The owner as a caller, rebuilt from <see cref="OwnerId"/> and <see cref="OwnerGroups"/>, so the
    /// runner decides what the job may see as it would for the owner's own request; anonymous for
    /// an anonymous job.
    /// </summary>
    public ClaimsPrincipal Owner => JobOwners.PrincipalOf(OwnerId, OwnerGroups);

    /// <summary>The protocol whose job list holds the job, which also says how it runs.</summary>
    public UwsService Service { get; init; }

    public ExecutionPhase Phase { get; private set; } = ExecutionPhase.Pending;

    public DateTime CreationTime { get; init; }

    public DateTime? StartTime { get; private set; }

    public DateTime? EndTime { get; private set; }

    /// <summary>Seconds the job may execute; the service never stores 0 (unlimited) but its maximum.</summary>
    public int ExecutionDuration { get; set; }

    public DateTime? DestructionTime { get; private set; }

    public DateTime? Quote { get; init; }

    /// <summary>Parameters of the query as the client gave them: name as first spelled, every value in order.</summary>
    public required Dictionary<string, string[]> Parameters { get; init; }

    public JobErrorType? ErrorType { get; private set; }

    public string? ErrorMessage { get; private set; }

    /// <summary>Bumped by every change of phase; the concurrency token of compare-and-set updates.</summary>
    public int RowVersion { get; set; }

    public string? ExecutingInstance { get; private set; }

    public DateTime? LeaseExpires { get; private set; }

    public List<JobResult> Results { get; init; } = [];

    /// <summary>Sets the destruction time a client asks for, but no later than <paramref name="maxRetention"/> after creation.</summary>
    public void SetDestruction(DateTime requested, TimeSpan maxRetention)
    {
        var latest = CreationTime + maxRetention;
        DestructionTime = requested < latest ? requested : latest;
    }

    /// <summary>Executing, but its worker has not renewed the lease in time: the worker is gone.</summary>
    public bool IsOrphanedAt(DateTime now) => Phase == ExecutionPhase.Executing && LeaseExpires < now;

    /// <summary>PHASE=RUN: queues a PENDING job; a job already queued or executing stays as it is.</summary>
    public void Run()
    {
        switch (Phase)
        {
            case ExecutionPhase.Pending:
                Phase = ExecutionPhase.Queued;
                break;
            case ExecutionPhase.Queued or ExecutionPhase.Executing:
                break;
            default:
                throw IllegalChange("run");
        }
    }

    /// <summary>PHASE=ABORT: ends a job that has not finished; aborting an aborted job changes nothing.</summary>
    public void Abort(DateTime now)
    {
        switch (Phase)
        {
            case ExecutionPhase.Pending or ExecutionPhase.Queued or ExecutionPhase.Executing
                or ExecutionPhase.Held or ExecutionPhase.Suspended:
                Finish(ExecutionPhase.Aborted, now);
                break;
            case ExecutionPhase.Aborted:
                break;
            default:
                throw IllegalChange("abort");
        }
    }

    /// <summary>
    /// Changes parameters of a pending job (UWS 1.1 §2.2.3.1): a name given again, in any case,
    /// has its values replaced; other parameters stay. A run id, when given, replaces the job's.
    /// </summary>
    public void SetParameters(IEnumerable<KeyValuePair<string, string[]>> given, string? runId)
    {
        EnsurePending("parameters");
        RunId = runId ?? RunId;
        foreach (var (name, values) in given)
        {
            var spelledBefore = Parameters.Keys.FirstOrDefault(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));
            if (spelledBefore is not null)
            {
                Parameters.Remove(spelledBefore);
            }

            Parameters[name] = values;
        }
    }

    /// <summary>Parameters such as the execution duration may change only before the job runs (UWS 1.1 §2.2.3).</summary>
    public void EnsurePending(string what)
    {
        if (Phase != ExecutionPhase.Pending)
        {
            throw new DaliUsageException(
                $"The {what} of job {JobId} can no longer change: it is {Phase.ToUwsName()}, and only a PENDING job accepts changes.");
        }
    }

    public void Complete(DateTime now, IEnumerable<JobResult> results)
    {
        Results.AddRange(results);
        Finish(ExecutionPhase.Completed, now);
    }

    public void Fail(DateTime now, JobErrorType type, string message)
    {
        ErrorType = type;
        ErrorMessage = message;
        Finish(ExecutionPhase.Error, now);
    }

    /// <summary>Puts an executing job back in the queue, for a worker that stops before the job finished.</summary>
    public void Requeue()
    {
        Phase = ExecutionPhase.Queued;
        StartTime = null;
        ReleaseLease();
    }

    private void Finish(ExecutionPhase phase, DateTime now)
    {
        Phase = phase;
        EndTime = now;
        ReleaseLease();
    }

    private void ReleaseLease()
    {
        ExecutingInstance = null;
        LeaseExpires = null;
    }

    private DaliUsageException IllegalChange(string action) => new(
        $"Job {JobId} cannot {action}: it is {Phase.ToUwsName()}. "
        + "PHASE=RUN starts a PENDING job; PHASE=ABORT stops a PENDING, QUEUED or EXECUTING one.");
}

/// <summary>UWS errorSummary types: a transient error may succeed when tried again.</summary>
internal enum JobErrorType
{
    Transient,
    Fatal,
}
