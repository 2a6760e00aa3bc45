using Microsoft.Extensions.Options;
using Tap.Service.Protocol;

namespace Tap.Service.Uws;

/// <summary>
/// At start-up and then every <see cref="UwsOptions.HousekeepingInterval"/>: fails executing jobs
/// whose worker is gone (its lease ran out: a crashed or killed instance), and removes jobs whose
/// destruction time has passed, with their result files. Any replica may do it; each step is safe
/// to run on several at once.
/// </summary>
internal sealed partial class JobHousekeeping(
    JobStore store,
    JobResultFiles files,
    IOptions<UwsOptions> options,
    TimeProvider time,
    ILogger<JobHousekeeping> logger) : BackgroundService
{
    /// <summary>Also what a job gets whose worker could not save its end because the database was gone meanwhile.</summary>
    public const string OrphanMessage =
        "The job stopped before it finished: the service instance executing it stopped or lost its database connection; "
        + "please submit the query again.";

    private const int ExpiredBatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FailOrphansAsync(stoppingToken);
                await RemoveExpiredAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                HousekeepingFailed(logger, exception);
            }

            try
            {
                await Task.Delay(options.Value.HousekeepingInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task FailOrphansAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var jobId in await store.FindOrphansAsync(now, cancellationToken))
        {
            var failed = false;
            try
            {
                // Judged again on the fresh row: the worker may have renewed or finished meanwhile.
                await store.UpdateAsync(
                    scope: null,
                    jobId,
                    job =>
                    {
                        failed = job.IsOrphanedAt(now);
                        if (failed)
                        {
                            job.Fail(now, JobErrorType.Fatal, OrphanMessage);
                        }
                    },
                    cancellationToken);
            }
            catch (DaliNotFoundException)
            {
                // Deleted meanwhile: nothing left to fail.
            }

            if (failed)
            {
                OrphanFailed(logger, jobId);
                // What the vanished worker left half-written.
                files.DeleteAll(jobId);
            }
        }
    }

    private async Task RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> expired;
        do
        {
            expired = await store.FindExpiredAsync(time.GetUtcNow().UtcDateTime, ExpiredBatchSize, cancellationToken);
            foreach (var jobId in expired)
            {
                await store.DeleteAsync(scope: null, jobId, cancellationToken);
                files.DeleteAll(jobId);
            }
        }
        while (expired.Count == ExpiredBatchSize);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} was executing but its worker's lease ran out; it is now ERROR.")]
    private static partial void OrphanFailed(ILogger logger, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Housekeeping of asynchronous jobs failed; trying again later.")]
    private static partial void HousekeepingFailed(ILogger logger, Exception exception);
}
