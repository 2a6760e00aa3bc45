namespace Tap.Service.Uws;

/// <summary>Does the work of one protocol's jobs; the executor around it keeps the lease, the limits and the phase.</summary>
internal interface IJobRunner
{
    UwsService Service { get; }

    /// <summary>
    /// Runs the job into its result files and returns their rows; a failure is thrown (a DALI fault,
    /// or any exception, which the executor classifies) and makes the job ERROR.
    /// </summary>
    Task<IReadOnlyList<JobResult>> RunAsync(Job job, CancellationToken cancellationToken);
}
