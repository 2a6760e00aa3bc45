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
        text.AppendLine(Invariant($"The query mix above, closed loop, {run.Options.LoadDuration.TotalSeconds:F0} s per level after a {SecurityOverhead.WarmUp.TotalSeconds:F0} s warm-up; the three arms take turns, {run.Options.Repeats} times, each repeat starting with the next arm, the service restarted for each; medians."));
        text.AppendLine("The first arm has no authentication (`Auth:Mode` None) and the tables' row-level security disabled; the others run as the service ships.");
        text.AppendLine();
        text.AppendLine("| | " + string.Join(" | ", run.Arms.Select(arm => arm.Arm.Name)) + " |");
        text.AppendLine("|---|" + string.Concat(run.Arms.Select(_ => "---:|")));
        for (var level = 0; level < SecurityOverhead.ClientCounts.Length; level++)
        {
            var clients = SecurityOverhead.ClientCounts[level];
            var reference = baseline.Levels[level].RequestsPerSecond;
            text.AppendLine(Invariant($"| requests/s, {clients} client{(clients == 1 ? "" : "s")} | ") + string.Join(" | ", run.Arms.Select(arm =>
                Cell(arm.Levels[level].RequestsPerSecond, reference, "F0", arm == baseline))) + " |");
        }

        for (var query = 0; query < run.Mix.Count; query++)
        {
            var reference = baseline.Levels[0].PerQuery[query].P50;
            text.AppendLine($"| p50 ms, 1 client: {run.Mix[query].Name} | " + string.Join(" | ", run.Arms.Select(arm =>
                Cell(arm.Levels[0].PerQuery[query].P50, reference, "F2", arm == baseline))) + " |");
        }

        var failures = run.Arms.Sum(arm => arm.Levels.Sum(level => level.Failures));
        var worst = run.Arms.Skip(1).Max(arm => Loss(arm.Levels[^1].RequestsPerSecond, baseline.Levels[^1].RequestsPerSecond));
        text.AppendLine();
        text.AppendLine(Invariant($"Target (issue 12): authentication and row-level security cost at most {MaxOverheadPercent:F0} % of the throughput at {SecurityOverhead.ClientCounts[^1]} clients: **{(worst <= MaxOverheadPercent ? "met" : "missed")}** (the slowest arm serves {Math.Abs(worst):F1} % {(worst >= 0 ? "fewer" : "more")} requests/s than the first). Failed requests: {failures}."));
        text.AppendLine(End);
        return text.ToString();
    }

    /// <summary>The value, and beside any arm but the first its change from the first in percent.</summary>
    private static string Cell(double value, double reference, string format, bool isReference) =>
        isReference
            ? value.ToString(format, CultureInfo.InvariantCulture)
            : Invariant($"{value.ToString(format, CultureInfo.InvariantCulture)} ({(value - reference) / reference * 100:+0.0;-0.0} %)");

    /// <summary>The throughput lost against the reference, in percent (negative: faster).</summary>
    private static double Loss(double value, double reference) => (reference - value) / reference * 100;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
