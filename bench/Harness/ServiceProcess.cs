using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Harness;

/// <summary>
/// The running server: its address, its resident memory as the kernel counts it, and its output
/// (kept for the error message when it dies). Disposing stops it.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Task _pumps;

    public ServiceProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _pumps = Task.WhenAll(PumpAsync(process.StandardOutput), PumpAsync(process.StandardError));
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>Resident set now (VmRSS) or its peak since start (VmHWM), in KiB, from /proc.</summary>
    public long ReadMemoryKiB(string key)
    {
        var prefix = key + ":";
        var line = File.ReadLines($"/proc/{ProcessId}/status").FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new HarnessException($"/proc/{ProcessId}/status has no {key}: the service has stopped");
        return long.Parse(line.AsSpan(prefix.Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Runs <paramref name="work"/> while sampling VmRSS every few milliseconds; returns the largest
    /// sample in KiB. Sampling, because VmHWM only ever grows and cannot tell one request from the last.
    /// </summary>
    public async Task<long> PeakResidentKiBDuringAsync(Func<Task> work)
    {
        using var stop = new CancellationTokenSource();
        var sampling = Task.Run(async () =>
        {
            var peak = ReadMemoryKiB("VmRSS");
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, ReadMemoryKiB("VmRSS"));
                try
                {
                    await Task.Delay(10, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            return Math.Max(peak, ReadMemoryKiB("VmRSS"));
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

    public async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new HarnessException($"the service exited (code {_process.ExitCode}) while starting:\n{Output()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The two-second request timeout: still starting.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new HarnessException($"the service did not answer on {BaseAddress} within {StartTimeout.TotalSeconds} s:\n{Output()}");
    }

    /// <summary>What the service wrote, for error messages.</summary>
    public string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await _pumps;
        _process.Dispose();
    }

    private async Task PumpAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
