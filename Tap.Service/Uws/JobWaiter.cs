using Microsoft.Extensions.Options;

namespace Tap.Service.Uws;

/// <summary>
/// WAIT (UWS 1.1 §2.2.1.1): holds a job request until the job leaves its phase or the wait ends.
/// Changes made in this process end the wait at once; those of other replicas at the next poll.
/// </summary>
internal sealed class JobWaiter(JobStore store, JobSignals signals, IOptions<UwsOptions> options, TimeProvider time)
{
    /// <summary>
    /// The job once it is no longer in <paramref name="phase"/> (by default the phase it is in now),
    /// or as it is when <paramref name="wait"/> passes; at once when the job is not in an active phase.
    /// </summary>
    public async Task<Job> WaitAsync(JobScope scope, string jobId, TimeSpan wait, ExecutionPhase? phase, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + wait;
        while (true)
        {
            // Taken before the job is read, so a change right after the read still ends the wait.
            var changed = signals.NextChange(jobId);
            var job = await store.GetAsync(scope, jobId, cancellationToken);
            phase ??= job.Phase;
            var left = deadline - time.GetUtcNow();
            if (job.Phase != phase || !job.Phase.IsActive() || left <= TimeSpan.Zero)
            {
                return job;
            }

            var poll = left < options.Value.PollInterval ? left : options.Value.PollInterval;
            await Task.WhenAny(changed, Task.Delay(poll, time, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
