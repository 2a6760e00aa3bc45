using System.Globalization;

namespace Harness;

/// <summary>A process's resident memory as the kernel counts it, from /proc.</summary>
internal static class ResidentMemory
{
    /// <summary>The resident set now (VmRSS), in KiB.</summary>
    public static long ReadKiB(int processId)
    {
        const string prefix = "VmRSS:";
        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new HarnessException($"/proc/{processId}/status has no VmRSS: the service has stopped");
        return long.Parse(line.AsSpan(prefix.Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Runs <paramref name="work"/> while sampling VmRSS every few milliseconds; returns the largest
    /// sample in KiB. Sampling, because VmHWM only ever grows and cannot tell one request from the last.
    /// </summary>
    public static async Task<long> PeakKiBDuringAsync(int processId, Func<Task> work)
    {
        using var stop = new CancellationTokenSource();
        var sampling = Task.Run(async () =>
        {
            var peak = ReadKiB(processId);
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, ReadKiB(processId));
                try
                {
                    await Task.Delay(10, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            return Math.Max(peak, ReadKiB(processId));
        });
        try
        {
            await work();
        }
        finally
        {
            await stop.CancelAsync();
        }

        return await sampling;
    }
}
