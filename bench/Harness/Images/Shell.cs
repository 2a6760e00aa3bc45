using System.Diagnostics;
using System.Globalization;

namespace Harness.Images;

/// <summary>Small shell commands on one file: the standard tools the service's rates are compared with, timed as a user times them.</summary>
internal static class Shell
{
    /// <summary>Runs <paramref name="script"/> with bash, the file as <c>$1</c>; returns its standard output and error, or throws when it fails.</summary>
    public static async Task<(string Output, string Error)> RunAsync(string script, string file, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "-c", script, "bash", file },
        };
        using var process = Process.Start(start) ?? throw new HarnessException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new HarnessException($"`{script}` on {file} failed (exit code {process.ExitCode}): {(await error).Trim()}");
        }

        return (await output, await error);
    }

    /// <summary>
    /// The wall-clock seconds of a command (a pipeline) as bash's <c>time</c> reports them, process
    /// starts included, as in <c>time cat FILE &gt; /dev/null</c>.
    /// </summary>
    public static async Task<double> TimeAsync(string command, string file, CancellationToken cancellationToken)
    {
        var (_, error) = await RunAsync($"TIMEFORMAT=%3R; time {command}", file, cancellationToken);
        var last = error.TrimEnd().Split('\n')[^1];
        return double.TryParse(last, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : throw new HarnessException($"`time {command}` printed no time: {error.Trim()}");
    }
}
