using Microsoft.Extensions.Options;

namespace Tap.Service.Uws;

/// <summary>
/// WAIT (UWS 1.1 §2.2.1.1): holds a job request until the job leaves its phase or the wait ends.
/// Changes made in this process end the wait at once; those of other replicas at the next poll.
/// </summary>
public sealed class JobWaiter(JobStore store, JobSignals signals, IOptions<UwsOptions> options, TimeProvider time)
{
    /// <summary>
    /// The job once it is no longer in <paramref name="phase"/> (by default the phase it is in now),
    /// or as it is when <paramref name="wait"/> passes; at once when the job is not in an active phase.
    /// </summary>
    public async Task<Job> WaitAsync(Job job, TimeSpan wait, ExecutionPhase? phase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var waitingIn = phase ?? job.Phase;
        var deadline = time.GetUtcNow() + wait;
        while (job.Phase == waitingIn && waitingIn.IsActive())
        {
            var left = deadline - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                break;
            }

            var changed = signals.NextChange(job.JobId);
            var poll = left < options.Value.PollInterval ? left : options.Value.PollInterval;
            await Task.WhenAny(changed, Task.Delay(poll, time, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            job = await store.GetAsync(job.JobId, cancellationToken).ConfigureAwait(false);
        }

        return job;
    }
}
