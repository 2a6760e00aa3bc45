using System.Globalization;
using System.Text;

namespace Harness;

/// <summary>
/// The topology run as Markdown, between its own marker comments: each arm's throughput, latency
/// and the CPU per request of each part; the transactions each server ran; and the model that
/// predicts throughput from CPU per request: cores available divided by the CPU-seconds per request
/// of the part that runs out first.
/// </summary>
internal static class TopologyReport
{
    public const string Begin = "<!-- bench-topology begin -->";
    public const string End = "<!-- bench-topology end -->";

    /// <summary>The cores of one machine in the scale-out table.</summary>
    private const int MachineCores = 8;

    private static readonly int[] SingleMachineCores = [2, 8, 32];

    private static readonly (int Services, int Standbys)[] ScaleOut = [(1, 0), (1, 1), (2, 2), (4, 4), (8, 8)];

    public static bool IsBegin(string line) => line == Begin;

    public static string Write(TopologyRunResults run)
    {
        var text = new StringBuilder();
        var machine = run.Machine;
        text.AppendLine(Begin);
        text.AppendLine("### Service instances and hot standbys on one machine");
        text.AppendLine();
        text.AppendLine(Invariant($"{run.Started:yyyy-MM-dd HH:mm} UTC, `bench/run.sh --topology --rows {run.Options.Rows} --repeats {run.Options.Repeats} --seconds {run.Options.LoadDuration.TotalSeconds:F0}`; {run.DataSet.Describe()}; {run.PostgresVersion};"));
        text.AppendLine(Invariant($"{machine.Cpu}, {machine.Cores} cores, shared, load average {run.LoadAverageAtStart} at the start and {run.LoadAverageAtEnd} at the end; {machine.OperatingSystem}; {machine.DotNet}."));
        text.AppendLine(Invariant($"The query mix above, closed loop, the clients' requests sent to the instances in turn; {run.Options.LoadDuration.TotalSeconds:F0} s per level after a {TopologyBenchmark.WarmUp.TotalSeconds:F0} s warm-up; the four arms take turns in {run.Options.Repeats} repeats, each starting with the next arm, every arm starting its standbys and instances and stopping them after. Requests/s and latencies are medians of the repeats, CPU per request is over all of them."));
        text.AppendLine("CPU is read from /proc: \"busy\" is the machine's busy share of its cores; the other columns are CPU milliseconds per request of each part's processes (PostgreSQL: the postmaster and its children), \"machine\" the busy time of all cores per request, and \"rest\" what other processes on the shared machine took.");
        text.AppendLine();
        WriteArms(text, run);
        WriteTraffic(text, run);
        WriteModel(text, run);
        text.AppendLine(End);
        return text.ToString();
    }

    private static void WriteArms(StringBuilder text, TopologyRunResults run)
    {
        text.AppendLine("| arm | clients | requests/s | p50 ms | p95 ms | failed | busy | " + string.Join(" | ", TopologyBenchmark.Parts) + " | machine | rest |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|" + string.Concat(TopologyBenchmark.Parts.Select(_ => "---:|")) + "---:|---:|");
        foreach (var arm in run.Arms)
        {
            foreach (var level in arm.Levels)
            {
                var load = level.Load;
                var perRequest = level.MillisecondsPerRequest;
                var machineMilliseconds = level.MachineMillisecondsPerRequest;
                text.AppendLine(Invariant(
                    $"| {arm.Arm.Name} | {load.Clients} | {load.RequestsPerSecond:F0} | {load.All.P50:F1} | {load.All.P95:F1} | {load.Failures} | {level.Cpu.MachineBusyShare * 100:F0} % | ")
                    + string.Join(" | ", perRequest.Select(ms => Invariant($"{ms:F2}")))
                    + Invariant($" | {machineMilliseconds:F2} | {machineMilliseconds - perRequest.Sum():F2} |"));
            }
        }

        text.AppendLine();
        foreach (var arm in run.Arms)
        {
            var level = arm.Levels[^1];
            var parts = TopologyBenchmark.Parts.Zip(level.MillisecondsPerRequest).OrderByDescending(part => part.Second).Take(2).ToList();
            var best = arm.Levels.MaxBy(l => l.Load.RequestsPerSecond)!;
            text.AppendLine(Invariant(
                $"- {arm.Arm.Name}: at {level.Load.Clients} clients the cores are {level.Cpu.MachineBusyShare * 100:F0} % busy; the most CPU per request: ")
                + string.Join(", ", parts.Select(part => Invariant($"{part.First} {part.Second:F2} ms")))
                + Invariant($", other processes {level.MachineMillisecondsPerRequest - level.MillisecondsPerRequest.Sum():F2} ms; the most throughput is {best.Load.RequestsPerSecond:F0} requests/s at {best.Load.Clients} clients."));
        }
    }

    private static void WriteTraffic(StringBuilder text, TopologyRunResults run)
    {
        text.AppendLine();
        text.AppendLine("Transactions in the benchmark's database on each server during an arm's load (its last repeat, pg_stat_database), and the service's sessions on each at its end (pg_stat_activity): the standbys take the queries.");
        text.AppendLine();
        text.AppendLine("| arm | requests | primary: transactions | sessions | standby 1: transactions | sessions | standby 2: transactions | sessions |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var arm in run.Arms)
        {
            var requests = arm.Levels.Sum(level => level.Load.Requests) / run.Options.Repeats;
            var cells = Enumerable.Range(0, 3).Select(server => server < arm.Traffic.Transactions.Count
                ? Invariant($"{arm.Traffic.Transactions[server]:N0} | {arm.Traffic.Sessions[server]}")
                : "– | –");
            text.AppendLine(Invariant($"| {arm.Arm.Name} | ≈ {requests:N0} | ") + string.Join(" | ", cells) + " |");
        }
    }

    /// <summary>
    /// Throughput ≈ cores available to a part ÷ its CPU-seconds per request, for the part that runs
    /// out first; the CPU per request comes from the most loaded level of the one-instance arms.
    /// </summary>
    private static void WriteModel(StringBuilder text, TopologyRunResults run)
    {
        var direct = Find(run, instances: 1, standbys: 0).Levels[^1];
        var replicated = Find(run, instances: 1, standbys: 2).Levels[^1];
        var service = direct.MillisecondsPerRequest[0];
        var primaryAlone = direct.MillisecondsPerRequest[1];
        var client = direct.MillisecondsPerRequest[3];
        var standby = replicated.MillisecondsPerRequest[2];
        var primaryBeside = replicated.MillisecondsPerRequest[1];

        text.AppendLine();
        text.AppendLine("#### Model: throughput ≈ cores ÷ CPU per request of the part that runs out first");
        text.AppendLine();
        text.AppendLine(Invariant(
            $"CPU per request at {direct.Load.Clients} clients: service {service:F2} ms and PostgreSQL {primaryAlone:F2} ms (1 instance, no standby); with 2 standbys, the standbys {standby:F2} ms and the primary {primaryBeside:F2} ms (WAL senders, the service's primary connections). The clients took {client:F2} ms, and other processes on the shared machine {direct.MachineMillisecondsPerRequest - direct.MillisecondsPerRequest.Sum():F2} ms: the check below leaves those out, so it predicts more than was measured."));
        text.AppendLine();
        text.AppendLine("| one machine, service and PostgreSQL on it | predicted requests/s |");
        text.AppendLine("|---|---:|");
        text.AppendLine(Invariant($"| {run.Machine.Cores} cores, with the harness's clients on it too (check) | {Throughput(run.Machine.Cores, service + primaryAlone + client):F0} (measured {direct.Load.RequestsPerSecond:F0}) |"));
        foreach (var cores in SingleMachineCores)
        {
            text.AppendLine(Invariant($"| {cores} cores | {Throughput(cores, service + primaryAlone):F0} |"));
        }

        text.AppendLine();
        text.AppendLine(Invariant($"N service machines behind a load balancer, one primary and M standby machines, {MachineCores} cores each (figures scale with the cores per machine):"));
        text.AppendLine();
        text.AppendLine("| service machines | standby machines | service bound | query bound | primary bound | predicted requests/s | limited by |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (services, standbys) in ScaleOut)
        {
            var bounds = new (string Part, double RequestsPerSecond)[]
            {
                ("service", Throughput(services * MachineCores, service)),
                (standbys == 0 ? "primary (queries)" : "standbys", standbys == 0 ? Throughput(MachineCores, primaryAlone) : Throughput(standbys * MachineCores, standby)),
                ("primary", standbys == 0 ? double.PositiveInfinity : Throughput(MachineCores, primaryBeside)),
            };
            var limit = bounds.MinBy(bound => bound.RequestsPerSecond);
            text.AppendLine(Invariant($"| {services} | {standbys} | ") + string.Join(" | ", bounds.Select(bound => Rate(bound.RequestsPerSecond)))
                + Invariant($" | {limit.RequestsPerSecond:F0} | {limit.Part} |"));
        }

        text.AppendLine();
        text.AppendLine("Assumptions: every core does as much as one of this machine's; CPU per request stays as measured (no lock or memory-bandwidth contention as cores grow, enough clients to keep every core busy); service CPU spreads over instances, query CPU over standbys, and the primary keeps only writes and replication (this mix writes nothing); with no standby the primary runs the queries; the network and disks are never the limit (the data set is cached in memory).");
    }

    private static TopologyArmFigures Find(TopologyRunResults run, int instances, int standbys) =>
        run.Arms.Single(arm => arm.Arm.Instances == instances && arm.Arm.Standbys == standbys);

    private static double Throughput(int cores, double cpuMillisecondsPerRequest) => cores * 1000 / cpuMillisecondsPerRequest;

    private static string Rate(double requestsPerSecond) =>
        double.IsInfinity(requestsPerSecond) ? "–" : requestsPerSecond.ToString("F0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
