using System.Globalization;
using System.Text;

namespace Harness;

/// <summary>
/// The security run as Markdown, between its own marker comments: throughput and one-client
/// latency of each arm beside the arm without security, and issue 12's target (≤ 5 %) met or missed.
/// </summary>
internal static class SecurityReport
{
    public const string Begin = "<!-- bench-security begin -->";
    public const string End = "<!-- bench-security end -->";

    private const double MaxOverheadPercent = 5;

    public static bool IsBegin(string line) => line == Begin;

    public static string Write(SecurityRunResults run)
    {
        var text = new StringBuilder();
        var machine = run.Machine;
        var baseline = run.Arms[0];
        text.AppendLine(Begin);
        text.AppendLine("### Cost of authentication and row-level security");
        text.AppendLine();
        text.AppendLine(Invariant($"{run.Started:yyyy-MM-dd HH:mm} UTC, `bench/run.sh --security`; {run.DataSet.Describe()}; {run.PostgresVersion};"));
        text.AppendLine(Invariant($"{machine.Cpu}, {machine.Cores} cores, shared, load average {run.LoadAverageAtStart} at the start and {run.LoadAverageAtEnd} at the end; {machine.OperatingSystem}; {machine.DotNet}."));
        text.AppendLine(Invariant($"The query mix above, closed loop. The three arms are three services running side by side, each warmed up with {SecurityOverhead.WarmUp.TotalSeconds:F0} s of the mix; at each concurrency level they take turns in slices of {run.Options.LoadDuration.TotalSeconds:F0} s, {run.Options.Repeats} rounds, each round starting with the next arm. Requests/s, CPU and latencies are the medians of an arm's slices. The losses compare each slice with the first arm's slice of the same round: the median over the rounds, and the range of their middle half. CPU is the time the arm's service process and the PostgreSQL cluster (every backend) used during the slice (/proc), divided by the requests answered; the harness's clients are not in it."));
        text.AppendLine("The first arm has no authentication (`Auth:Mode` None) and the tables' row-level security disabled (for its slices only); the others run as the service ships.");
        text.AppendLine();
        text.AppendLine("| | " + string.Join(" | ", run.Arms.Select(arm => arm.Arm.Name)) + " |");
        text.AppendLine("|---|" + string.Concat(run.Arms.Select(_ => "---:|")));
        for (var level = 0; level < SecurityOverhead.ClientCounts.Length; level++)
        {
            var clients = Invariant($"{SecurityOverhead.ClientCounts[level]} client{(SecurityOverhead.ClientCounts[level] == 1 ? "" : "s")}");
            Row(text, run, $"requests/s, {clients}", arm => Cell(arm.Load(level).RequestsPerSecond, "F0"));
            Row(text, run, $"throughput lost, {clients}: median (middle half of the rounds)", arm => arm == baseline ? "" : RoundsCell(arm.LossPerRound(baseline, level)));
        }

        // CPU a request only where the cores are saturated: below that, idle thread-pool threads spin
        // between sparse requests and their spinning, not the requests, sets the figure.
        var saturated = SecurityOverhead.ClientCounts.Length - 1;
        Row(text, run, Invariant($"CPU ms a request, {SecurityOverhead.ClientCounts[saturated]} clients: service + PostgreSQL"), arm =>
            $"{Cell(arm.Median(saturated, slice => slice.ServiceCpuMillisecondsPerRequest), "F2")} + {Cell(arm.Median(saturated, slice => slice.DatabaseCpuMillisecondsPerRequest), "F2")}");
        Row(text, run, Invariant($"CPU a request added, {SecurityOverhead.ClientCounts[saturated]} clients: median (middle half of the rounds)"), arm =>
            arm == baseline ? "" : RoundsCell(arm.CpuAddedPerRound(baseline, saturated)));

        for (var query = 0; query < run.Mix.Count; query++)
        {
            var reference = baseline.Load(0).PerQuery[query].P50;
            Row(text, run, $"p50 ms, 1 client: {run.Mix[query].Name}", arm =>
                arm == baseline ? Cell(reference, "F2") : Invariant($"{Cell(arm.Load(0).PerQuery[query].P50, "F2")} ({(arm.Load(0).PerQuery[query].P50 - reference) / reference * 100:+0.0;-0.0} %)"));
        }

        var failures = run.Arms.Sum(arm => arm.Slices.Sum(level => level.Sum(slice => slice.Load.Failures)));
        var worstLoss = run.Arms.Skip(1).Max(arm => Statistics.Median(arm.LossPerRound(baseline, saturated)));
        var worstCpu = run.Arms.Skip(1).Max(arm => Statistics.Median(arm.CpuAddedPerRound(baseline, saturated)));
        text.AppendLine();
        text.AppendLine(Invariant($"Target (issue 12): authentication and row-level security cost at most {MaxOverheadPercent:F0} % on the query mix, read as the CPU a request takes with the cores saturated ({SecurityOverhead.ClientCounts[^1]} clients), which sets the throughput of a machine that serves nothing else: **{(worstCpu <= MaxOverheadPercent ? "met" : "missed")}** (the larger median over the rounds: {worstCpu:+0.0;-0.0} % CPU a request; of throughput, which the machine's other load moves too: {worstLoss:+0.0;-0.0} %). Failed requests: {failures}."));
        text.AppendLine(End);
        return text.ToString();
    }

    private static void Row(StringBuilder text, SecurityRunResults run, string label, Func<ArmFigures, string> cell) =>
        text.AppendLine($"| {label} | " + string.Join(" | ", run.Arms.Select(cell)) + " |");

    private static string Cell(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>The median of the rounds' changes and the range of their middle half (25th to 75th percentile).</summary>
    private static string RoundsCell(IReadOnlyList<double> changes)
    {
        var sorted = changes.Order().ToList();
        return Invariant($"{Statistics.Median(sorted):+0.0;-0.0} % ({Statistics.Percentile(sorted, 25):+0.0;-0.0} to {Statistics.Percentile(sorted, 75):+0.0;-0.0})");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
