using System.Runtime.InteropServices;

namespace Harness;

/// <summary>The machine the figures come from; shared machines are noisy, so the load average goes with them.</summary>
internal sealed record Machine(string Cpu, int Cores, string OperatingSystem, string DotNet)
{
    public static Machine Describe() => new(
        File.ReadLines("/proc/cpuinfo")
            .Where(line => line.StartsWith("model name", StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault() ?? "unknown CPU",
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    /// <summary>The 1, 5 and 15 minute load averages, as /proc/loadavg gives them.</summary>
    public static string LoadAverage() =>
        string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
