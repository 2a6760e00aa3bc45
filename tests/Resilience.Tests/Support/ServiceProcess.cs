using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Resilience.Tests.Support;

/// <summary>
/// The built service as a child process, started as run.sh starts it (`dotnet Tap.Service.dll
/// --contentRoot … --urls …`) and configured through environment variables. Its last lines of
/// output are kept for failure messages.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private const int KeptLogLines = 200;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private ServiceProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The last lines the service wrote, for failure messages.</summary>
    public string Log => string.Join('\n', _log);

    /// <summary>
    /// Starts the service on <paramref name="port"/> with these settings (configuration keys, e.g.
    /// "Uws:WorkerCount") and returns once it reports itself available.
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(int port, IReadOnlyDictionary<string, string> settings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Repository.ServiceAssembly, "--contentRoot", Repository.ServiceDirectory, "--urls", baseAddress.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var service = new ServiceProcess(process, baseAddress);
        process.OutputDataReceived += (_, line) => service.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => service.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await service.WaitUntilAvailableAsync();
        return service;
    }

    public HttpClient CreateClient(TimeSpan? timeout = null) => new(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        BaseAddress = BaseAddress,
        Timeout = timeout ?? TimeSpan.FromSeconds(30),
    };

    /// <summary>Kills the process with SIGKILL: no shutdown code runs, as when a machine or container dies.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    /// <summary>Polls /tap/availability until it says available: the service is up and reaches its database.</summary>
    public async Task WaitUntilAvailableAsync()
    {
        using var http = CreateClient(TimeSpan.FromSeconds(10));
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"The service exited with {_process.ExitCode} before it was available:\n{Log}");
            }

            if (await IsAvailableAsync(http))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The service was not available after {StartTimeout.TotalSeconds} s:\n{Log}");
            await Task.Delay(200);
        }
    }

    private static async Task<bool> IsAvailableAsync(HttpClient http)
    {
        try
        {
            return (await Availability.ReadAsync(http)).Available;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss.fff} {line}"));
        while (_log.Count > KeptLogLines)
        {
            _log.TryDequeue(out _);
        }
    }
}
