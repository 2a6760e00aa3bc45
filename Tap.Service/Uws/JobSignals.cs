using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Tap.Service.Uws;

/// <summary>
/// In-process notices that spare waiting for the next poll: a job was queued (wakes an idle
/// worker), a job changed or was deleted (ends a WAIT, makes its worker check its claim).
/// Changes made by other replicas are seen by polling the database instead.
/// </summary>
internal sealed class JobSignals
{
    private readonly Channel<bool> _queued = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _changes = new(StringComparer.Ordinal);

    public void JobQueued() => _queued.Writer.TryWrite(true);

    /// <summary>Returns when a job is queued in this process or after <paramref name="timeout"/>.</summary>
    public async Task WaitForQueuedJobAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _queued.Reader.WaitToReadAsync(timer.Token);
            _queued.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed: time to look at the database again.
        }
    }

    public void JobChanged(string jobId)
    {
        if (_changes.TryRemove(jobId, out var waiters))
        {
            waiters.TrySetResult();
        }
    }

    /// <summary>A task that completes at the next change of the job made in this process; take it before reading the job.</summary>
    public Task NextChange(string jobId) =>
        _changes.GetOrAdd(jobId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
}
