using System.Globalization;
using Npgsql;

namespace Harness;

/// <summary>
/// CPU time used by processes, from /proc: unlike a rate measured by the clock, it barely moves
/// when other work shares the machine, so a small difference between two ways of serving the
/// same requests stays visible on a busy machine.
/// </summary>
internal static class ProcessCpu
{
    /// <summary>Linux reports CPU times in clock ticks of 1/100 s (sysconf(_SC_CLK_TCK) on every architecture .NET runs on).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>CPU seconds <paramref name="processId"/> has used, all its threads.</summary>
    public static double SecondsOf(int processId) => Times(processId) is { } times
        ? (times.User + times.System) / TicksPerSecond
        : throw new HarnessException($"process {processId} has stopped");

    /// <summary>
    /// CPU seconds a PostgreSQL cluster has used: the postmaster, the processes it runs now (backends,
    /// background workers) and those it has reaped, which its children's times keep.
    /// </summary>
    public static double SecondsOfCluster(int postmasterId)
    {
        var postmaster = Times(postmasterId) ?? throw new HarnessException($"PostgreSQL's postmaster (process {postmasterId}) has stopped");
        var ticks = postmaster.User + postmaster.System + postmaster.ReapedChildren;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && Times(id) is { } child && child.Parent == postmasterId)
            {
                ticks += child.User + child.System;
            }
        }

        return ticks / TicksPerSecond;
    }

    /// <summary>The postmaster's process id, from postmaster.pid in the data directory of the cluster <paramref name="admin"/> reaches (a superuser).</summary>
    public static async Task<int> PostmasterIdAsync(NpgsqlDataSource admin, CancellationToken cancellationToken)
    {
        await using var command = admin.CreateCommand("SELECT current_setting('data_directory')");
        var dataDirectory = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        var firstLine = (await File.ReadAllLinesAsync(Path.Combine(dataDirectory, "postmaster.pid"), cancellationToken))[0];
        return int.Parse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private sealed record StatTimes(int Parent, long User, long System, long ReapedChildren);

    /// <summary>Fields of /proc/ID/stat (proc(5)); null when the process has gone.</summary>
    private static StatTimes? Times(int processId)
    {
        string line;
        try
        {
            line = File.ReadAllText($"/proc/{processId}/stat");
        }
        catch (IOException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces: the fields counted start after it, at field 3.
        var fields = line[(line.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return new StatTimes((int)Field(4), Field(14), Field(15), Field(16) + Field(17));
    }
}
