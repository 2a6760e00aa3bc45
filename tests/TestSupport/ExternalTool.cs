using System.Diagnostics;

namespace TestSupport;

/// <summary>Runs the real clients the results must satisfy (STILTS, astropy). Missing tools fail the test, never skip it.</summary>
public static class ExternalTool
{
    public static Task<(int ExitCode, string Output)> RunAsync(string program, string installHint, params string[] arguments) =>
        RunAsync(program, installHint, new Dictionary<string, string>(), arguments);

    /// <summary>Runs <paramref name="program"/> with <paramref name="environment"/> added to this process's environment.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string program, string installHint, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        if (!File.Exists(program) && !OnPath(program))
        {
            Assert.Fail($"{program} is needed by this test but is not installed; install it with: {installHint}");
        }

        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output + await error).Trim());
    }

    /// <summary>STILTS votlint's complaints about a VOTable file: empty when it has none.</summary>
    public static async Task<string> VotLintAsync(string path)
    {
        var (exitCode, output) = await RunAsync("stilts", "apt-get install -y stilts", "votlint", "votable=" + path);
        Assert.True(exitCode == 0, $"votlint exited with {exitCode}: {output}");
        return output;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));
}
