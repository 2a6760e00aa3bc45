using Microsoft.Extensions.Options;
using Tap.Service.Security;

namespace Tap.Service.Query;

/// <summary>
/// Counts the /tap/sync queries each caller has running in this instance, against
/// <see cref="QueryLimitsOptions.MaxSyncQueriesPerUser"/>. Signed-in callers are counted by user
/// name, anonymous ones by their address (the only thing that tells them apart). The count is
/// per replica: a load balancer spreading a user's requests over N replicas allows N times the limit.
/// </summary>
internal sealed class SyncQuerySlots(IOptions<QueryLimitsOptions> options)
{
    private readonly Dictionary<string, int> _running = new(StringComparer.Ordinal);
    private readonly Lock _counting = new();

    /// <summary>A slot for the caller's query, to dispose of when it ends; null when the caller already runs as many as allowed.</summary>
    public IDisposable? TryTake(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = options.Value.MaxSyncQueriesPerUser;
        var caller = context.User.UserName() is { } user
            ? "user " + user
            : "anonymous " + context.Connection.RemoteIpAddress;
        lock (_counting)
        {
            var running = _running.GetValueOrDefault(caller);
            if (limit > 0 && running >= limit)
            {
                return null;
            }

            _running[caller] = running + 1;
        }

        return new Slot(this, caller);
    }

    private void Release(string caller)
    {
        lock (_counting)
        {
            var running = _running[caller] - 1;
            if (running == 0)
            {
                _running.Remove(caller);
            }
            else
            {
                _running[caller] = running;
            }
        }
    }

    private sealed class Slot(SyncQuerySlots slots, string caller) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release(caller);
            }
        }
    }
}
