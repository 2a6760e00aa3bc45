using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace TestSupport;

/// <summary>
/// The built service as a child process, started as run.sh starts it (`dotnet Tap.Service.dll
/// --contentRoot … --urls …`) and configured through environment variables. Its last lines of
/// output are kept for failure messages. Used by the resilience tests and the benchmark harness.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
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

    public int ProcessId => _process.Id;

    /// <summary>The last lines the service wrote, for failure messages.</summary>
    public string Log => string.Join('\n', _log);

    /// <summary>
    /// Starts the service of <paramref name="serviceDirectory"/> on 127.0.0.1:<paramref name="port"/>
    /// with these settings (configuration keys such as "Uws:WorkerCount", or their environment
    /// variable names) and returns once /tap/availability says it is up and reaches its database.
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(
        string serviceDirectory, int port, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken = default)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = StartInfo(serviceDirectory, ["--contentRoot", serviceDirectory, "--urls", baseAddress.ToString()], settings);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new ServiceNotAvailableException("dotnet did not start.");
        var service = new ServiceProcess(process, baseAddress);
        process.OutputDataReceived += (_, line) => service.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => service.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await service.WaitUntilAvailableAsync(cancellationToken: cancellationToken);
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// `dotnet Tap.Service.dll <paramref name="arguments"/>` with these settings (configuration keys
    /// or their environment variable names) in its environment: the server, or an admin command.
    /// </summary>
    public static ProcessStartInfo StartInfo(string serviceDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(serviceDirectory, "Tap.Service.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
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

    /// <summary>
    /// Polls /tap/availability until it says available (the service is up and reaches its database),
    /// for at most <paramref name="timeout"/> (default: a start's 60 s).
    /// </summary>
    public async Task WaitUntilAvailableAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        using var http = CreateClient(TimeSpan.FromSeconds(10));
        var limit = timeout ?? StartTimeout;
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new ServiceNotAvailableException($"The service exited with {_process.ExitCode} before it was available:\n{Log}");
            }

            if (await IsAvailableAsync(http, cancellationToken))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new ServiceNotAvailableException($"The service was not available on {BaseAddress} after {limit.TotalSeconds} s:\n{Log}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static async Task<bool> IsAvailableAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            return (await Availability.ReadAsync(http, cancellationToken)).Available;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // the request's own timeout: still starting
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

/// <summary>The service did not start, stopped, or did not become available in time; the message carries its last output.</summary>
public sealed class ServiceNotAvailableException(string message) : Exception(message);
