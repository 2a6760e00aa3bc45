using System.Globalization;

namespace Harness;

/// <summary>Processes whose CPU time is counted together, e.g. the service instances or one PostgreSQL server.</summary>
/// <param name="Roots">The processes; with <paramref name="WithChildren"/> their children too, alive or already reaped.</param>
internal sealed record CpuPart(string Name, IReadOnlyList<int> Roots, bool WithChildren);

/// <summary>CPU time as /proc counts it, in clock ticks: the machine's busy and total time over all cores, and each part's.</summary>
internal sealed record CpuSnapshot(long MachineBusy, long MachineTotal, IReadOnlyList<long> Parts);

/// <summary>What a measurement took: the share of the machine's cores that were busy, their busy CPU-seconds, and each part's CPU-seconds.</summary>
internal sealed record CpuUse(double MachineBusyShare, double MachineBusySeconds, IReadOnlyList<double> PartSeconds);

/// <summary>
/// Reads CPU time from /proc, so that a measurement says which processes took the cores: the
/// machine's busy time over all cores (/proc/stat), and per part the user and system time of its
/// processes (/proc/PID/stat). A server's children are counted with it: PostgreSQL's backends,
/// and through cutime/cstime the backends that exited and were reaped during the measurement.
/// </summary>
internal sealed class CpuMeter(IReadOnlyList<CpuPart> parts)
{
    /// <summary>USER_HZ, the unit of /proc's times: 100 on every architecture Linux runs .NET on.</summary>
    private const double TicksPerSecond = 100;

    public IReadOnlyList<CpuPart> Parts => parts;

    public CpuSnapshot Read()
    {
        var (busy, total) = ReadMachine();
        var processes = ReadProcesses();
        return new CpuSnapshot(busy, total, [.. parts.Select(part => PartTicks(part, processes))]);
    }

    public static CpuUse Between(CpuSnapshot before, CpuSnapshot after) => new(
        (double)(after.MachineBusy - before.MachineBusy) / Math.Max(1, after.MachineTotal - before.MachineTotal),
        (after.MachineBusy - before.MachineBusy) / TicksPerSecond,
        [.. after.Parts.Zip(before.Parts, (end, start) => (end - start) / TicksPerSecond)]);

    private static long PartTicks(CpuPart part, Dictionary<int, ProcessTimes> processes)
    {
        long ticks = 0;
        foreach (var root in part.Roots)
        {
            if (!processes.TryGetValue(root, out var process))
            {
                throw new HarnessException($"process {root} of {part.Name} is gone");
            }

            ticks += process.Own + (part.WithChildren ? process.Reaped : 0);
            if (part.WithChildren)
            {
                ticks += processes.Values.Where(child => child.Parent == root).Sum(child => child.Own + child.Reaped);
            }
        }

        return ticks;
    }

    /// <summary>Busy: user, nice, system, irq and softirq; total adds idle, iowait and the time the hypervisor took (steal).</summary>
    private static (long Busy, long Total) ReadMachine()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long Field(int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
        var busy = Field(1) + Field(2) + Field(3) + Field(6) + Field(7);
        return (busy, busy + Field(4) + Field(5) + Field(8));
    }

    private static Dictionary<int, ProcessTimes> ReadProcesses()
    {
        var processes = new Dictionary<int, ProcessTimes>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && ProcessTimes.TryRead(folder, out var times))
            {
                processes[pid] = times;
            }
        }

        return processes;
    }

    /// <param name="Own">utime + stime of the process (all its threads).</param>
    /// <param name="Reaped">cutime + cstime: its children that exited and that it waited for.</param>
    private readonly record struct ProcessTimes(int Parent, long Own, long Reaped)
    {
        public static bool TryRead(string folder, out ProcessTimes times)
        {
            string text;
            try
            {
                text = File.ReadAllText(Path.Combine(folder, "stat"));
            }
            catch (IOException)
            {
                times = default;
                return false; // exited while the folder was listed
            }

            // The command name, in parentheses, may hold spaces: the fields are counted after its closing parenthesis.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
            times = new ProcessTimes((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
            return true;
        }
    }
}
