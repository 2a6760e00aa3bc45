using Microsoft.Extensions.Options;

namespace Tap.Service.Uws;

/// <summary>
/// Runs QUEUED jobs, at most <see cref="UwsOptions.WorkerCount"/> at a time. A free worker claims
/// the oldest queued job (compare-and-set, so replicas sharing the database never run a job twice)
/// whose owner is under <see cref="UwsOptions.MaxExecutingJobsPerUser"/>; with nothing it may run,
/// it waits for a job queued or ended here, or for the poll interval. On shutdown the
/// running jobs are cancelled and put back in the queue for the next instance.
/// </summary>
internal sealed partial class JobWorkerPool(
    JobStore store,
    JobExecutor executor,
    JobSignals signals,
    IOptions<UwsOptions> options,
    TimeProvider time,
    ILogger<JobWorkerPool> logger) : BackgroundService
{
    /// <summary>Names this process in the lease of the jobs it runs (for operators; the lease's expiry is what counts).</summary>
    public string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.WorkerCount == 0)
        {
            return;
        }

        using var freeWorkers = new SemaphoreSlim(settings.WorkerCount);
        var running = new List<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await freeWorkers.WaitAsync(stoppingToken);
                running.RemoveAll(task => task.IsCompleted);
                var claim = await TryClaimAsync(settings, stoppingToken);
                if (claim is null)
                {
                    freeWorkers.Release();
                    await signals.WaitForQueuedJobAsync(settings.PollInterval, stoppingToken);
                    continue;
                }

                running.Add(RunAsync(claim, freeWorkers, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: wait below for the running jobs to be put back in the queue.
        }

        await Task.WhenAll(running);
    }

    private async Task<JobClaim?> TryClaimAsync(UwsOptions settings, CancellationToken stoppingToken)
    {
        try
        {
            return await store.TryClaimNextAsync(Instance, settings.LeaseDuration, settings.MaxExecutingJobsPerUser, time, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The database is unreachable: the loop tries again after the poll interval.
            ClaimFailed(logger, exception);
            return null;
        }
    }

    private async Task RunAsync(JobClaim claim, SemaphoreSlim freeWorkers, CancellationToken stoppingToken)
    {
        // Off the claiming loop, so a runner that blocks before its first await cannot stall it.
        await Task.Yield();
        try
        {
            await executor.ExecuteAsync(claim, stoppingToken);
        }
        finally
        {
            freeWorkers.Release();
            if (options.Value.MaxExecutingJobsPerUser > 0)
            {
                // A queued job held back by its owner's limit may run now.
                signals.JobQueued();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for queued jobs; trying again later.")]
    private static partial void ClaimFailed(ILogger logger, Exception exception);
}
