using Microsoft.Extensions.Options;
using Tap.Service.Observability;
using Tap.Service.Protocol;

namespace Tap.Service.Uws;

/// <summary>
/// Runs one claimed job to its end. While the query runs, the worker renews its lease; when the
/// renewal finds the job no longer ours (aborted, deleted, failed as orphaned), or the execution
/// duration passes, the query's token is cancelled, which makes Npgsql cancel the statement.
/// </summary>
internal sealed partial class JobExecutor(
    JobStore store,
    JobResultFiles files,
    IEnumerable<IJobRunner> runners,
    JobSignals signals,
    IOptions<UwsOptions> options,
    TimeProvider time,
    ServiceMetrics metrics,
    ILogger<JobExecutor> logger)
{
    /// <summary>Never throws: every outcome ends in the job table, or the job is left to whoever took it from us.</summary>
    public async Task ExecuteAsync(JobClaim claim, CancellationToken stopping)
    {
        var job = claim.Job;
        using var lost = new CancellationTokenSource();
        // 0 is UWS for unlimited; the service stores a limit, but another writer of the table may not.
        using var overtime = new CancellationTokenSource(
            job.ExecutionDuration > 0 ? TimeSpan.FromSeconds(job.ExecutionDuration) : Timeout.InfiniteTimeSpan, time);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stopping, lost.Token, overtime.Token);
        using var leaseKeeping = new CancellationTokenSource();
        var lease = KeepLeaseAsync(claim, lost, leaseKeeping.Token);

        Action<Job>? finish;
        try
        {
            finish = await RunAsync(job, running.Token);
        }
        catch (Exception exception) when (running.IsCancellationRequested)
        {
            finish = lost.IsCancellationRequested ? null
                : overtime.IsCancellationRequested ? Failure(job.JobId, new DaliUsageException(OvertimeMessage(job.ExecutionDuration), exception))
                : interrupted => interrupted.Requeue();
        }
        catch (Exception exception)
        {
            finish = Failure(job.JobId, FaultClassifier.Classify(exception));
        }
        finally
        {
            await leaseKeeping.CancelAsync();
            await lease;
        }

        // The final change is saved even while the service stops: it is what the next replica sees.
        if (finish is null || !await TryFinishAsync(claim, finish))
        {
            JobTakenAway(logger, job.JobId);
            files.DeleteAll(job.JobId);
        }
    }

    private static string OvertimeMessage(int executionDuration) =>
        $"The query ran longer than the job's execution duration of {executionDuration} s and was cancelled. "
        + "Add constraints on indexed columns (position, visit, detector, time), or ask for a longer EXECUTIONDURATION.";

    /// <summary>Runs the job by its protocol's runner; returns the change that ends the job, COMPLETED or ERROR.</summary>
    private async Task<Action<Job>> RunAsync(Job job, CancellationToken cancellationToken)
    {
        var runner = runners.FirstOrDefault(candidate => candidate.Service == job.Service)
            ?? throw new InvalidOperationException($"No runner runs {job.Service} jobs.");
        var results = await runner.RunAsync(job, cancellationToken);
        return completed => completed.Complete(Now(), results);
    }

    private Action<Job> Failure(string jobId, DaliException fault)
    {
        FaultLog.Write(logger, metrics, fault, "job " + jobId);
        var type = fault is DaliUnavailableException ? JobErrorType.Transient : JobErrorType.Fatal;
        return failed => failed.Fail(Now(), type, fault.Message);
    }

    private async Task<bool> TryFinishAsync(JobClaim claim, Action<Job> finish)
    {
        try
        {
            return await store.TryFinishAsync(claim, finish, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The lease runs out and housekeeping fails the job with a message: not silent, not stuck.
            FinishFailed(logger, exception, claim.Job.JobId);
            return false;
        }
    }

    /// <summary>Renews the lease every renewal interval, or at once when this process changed the job, until told to stop.</summary>
    private async Task KeepLeaseAsync(JobClaim claim, CancellationTokenSource lost, CancellationToken stop)
    {
        var settings = options.Value;
        while (!stop.IsCancellationRequested)
        {
            var changed = signals.NextChange(claim.Job.JobId);
            await Task.WhenAny(changed, Task.Delay(settings.LeaseRenewalInterval, time, stop));
            if (stop.IsCancellationRequested)
            {
                return;
            }

            try
            {
                if (!await store.RenewLeaseAsync(claim, Now() + settings.LeaseDuration, stop))
                {
                    await lost.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A database hiccup: the lease outlasts several renewals, so try again next time.
                LeaseRenewalFailed(logger, exception, claim.Job.JobId);
            }
        }
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} was aborted, deleted or failed elsewhere while executing; its result is discarded.")]
    private static partial void JobTakenAway(ILogger logger, string jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId}: the final phase could not be saved.")]
    private static partial void FinishFailed(ILogger logger, Exception exception, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: the lease could not be renewed; retrying.")]
    private static partial void LeaseRenewalFailed(ILogger logger, Exception exception, string jobId);
}
