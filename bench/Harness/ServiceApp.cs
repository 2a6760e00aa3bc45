using System.Diagnostics;

namespace Harness;

/// <summary>
/// The service under test, run from its Release build as its users run it: the admin commands
/// (migrate, load) to completion, and the server as a child process (<see cref="ServiceProcess"/>) that the harness stops.
/// </summary>
internal sealed class ServiceApp(string directory, IReadOnlyDictionary<string, string> environment)
{
    /// <summary>Runs an admin command with its output on the console; throws when it fails.</summary>
    public async Task RunCommandAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(ServiceProcess.StartInfo(directory, arguments, environment))
            ?? throw new HarnessException($"could not start Tap.Service {arguments[0]}");
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new HarnessException($"Tap.Service {string.Join(' ', arguments)} failed (exit code {process.ExitCode})");
        }
    }

    /// <summary>Runs an admin command whose answer is its standard output (e.g. `token`); throws when it fails.</summary>
    public async Task<string> ReadCommandOutputAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = ServiceProcess.StartInfo(directory, arguments, environment);
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start) ?? throw new HarnessException($"could not start Tap.Service {arguments[0]}");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? output.Trim()
            : throw new HarnessException($"Tap.Service {arguments[0]} failed (exit code {process.ExitCode})");
    }

    /// <summary>Starts the server on 127.0.0.1:<paramref name="port"/> and waits until it is available.</summary>
    public Task<ServiceProcess> StartAsync(int port, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, string>(environment);
        foreach (var (name, value) in settings)
        {
            all[name] = value;
        }

        return ServiceProcess.StartAsync(directory, port, all, cancellationToken);
    }
}
