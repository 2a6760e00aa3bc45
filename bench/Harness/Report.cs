using System.Globalization;
using System.Text;
using Tap.Service.VoTable.Results;

namespace Harness;

/// <summary>
/// The run as Markdown: circumstances, figures, each figure next to PostgreSQL's own limit, and the
/// targets met or missed. The same text goes to the console and into docs/performance.md.
/// </summary>
internal static class Report
{
    private const double MaxOverheadMilliseconds = 2;
    private const double MinBinary2Share = 0.70;
    private const double MinTableDataShare = 0.40;
    private const double MaxGrowthMegabytes = 50;
    private const double MaxLatencyGrowth = 2;

    /// <param name="baseline">The queries as measured at the default size, for a run at another size; else null.</param>
    public static string Write(RunResults run, IReadOnlyDictionary<string, QueryBaseline>? baseline)
    {
        var text = new StringBuilder();
        var rows = run.Options.Rows;
        text.AppendLine(ReportFile.Begin(rows, run.Mix.Zip(run.Levels[0].PerQuery).ToDictionary(
            p => p.First.Probe.Query.Name, p => new QueryBaseline(p.Second.P50, p.First.Probe.Rows))));
        text.AppendLine(Invariant($"### Results at {rows:N0} rows"));
        text.AppendLine();
        var machine = run.Machine;
        text.AppendLine(Invariant($"{run.Started:yyyy-MM-dd HH:mm} UTC, `bench/run.sh --rows {rows}`, medians of {run.Options.Repeats} runs."));
        text.AppendLine(Invariant($"{machine.Cpu}, {machine.Cores} cores, load average {run.LoadAverageAtStart} at the start and {run.LoadAverageAtEnd} at the end;"));
        text.AppendLine(Invariant($"{machine.OperatingSystem}; {machine.DotNet}; PostgreSQL {run.PostgresVersion}."));
        text.AppendLine(Invariant($"Data: {run.DataSet.Describe()}."));
        WriteQueries(text, run);
        WriteLoad(text, run);
        WriteStreaming(text, run);
        WriteCompileTimes(text, run);
        WriteTargets(text, run, baseline);
        text.AppendLine(ReportFile.End(rows));
        return text.ToString();
    }

    private static void WriteQueries(StringBuilder text, RunResults run)
    {
        text.AppendLine();
        text.AppendLine(Invariant(
            $"**The query mix, one client.** Overhead is the service's p50 minus PostgreSQL's execution time of the same SQL (EXPLAIN ANALYZE, median of its runs), so it includes planning and sending the rows; \"PG + rows\" is the SQL run and read to the end by a plain Npgsql reader, and \"above PG + rows\" the service's p50 minus that: the service's own share. Target ≤ {MaxOverheadMilliseconds} ms."));
        text.AppendLine();
        text.AppendLine("| query | rows | index used | compile µs | PG plan ms | PG exec ms | PG + rows ms | p50 ms | p95 ms | p99 ms | overhead ms | ≤ 2 ms | above PG + rows ms | ≤ 2 ms |");
        text.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|:-:|---:|:-:|");
        foreach (var (mix, latency) in run.Mix.Zip(run.Levels[0].PerQuery))
        {
            var overhead = latency.P50 - mix.Database.ExecutionMilliseconds;
            var aboveRead = latency.P50 - mix.Database.ReadMilliseconds;
            var indexes = mix.Database.Indexes.Count == 0 ? "none" : string.Join(", ", mix.Database.Indexes.Select(i => $"`{i}`"));
            text.AppendLine(Invariant(
                $"| {mix.Probe.Query.Name} | {mix.Probe.Rows:N0} | {indexes} | {mix.Compile.MedianMicroseconds:F0} | {mix.Database.PlanningMilliseconds:F2} | {mix.Database.ExecutionMilliseconds:F2} | {mix.Database.ReadMilliseconds:F2} | {latency.P50:F2} | {latency.P95:F2} | {latency.P99:F2} | {overhead:F2} | {YesNo(overhead <= MaxOverheadMilliseconds)} | {aboveRead:F2} | {YesNo(aboveRead <= MaxOverheadMilliseconds)} |"));
        }
    }

    private static void WriteLoad(StringBuilder text, RunResults run)
    {
        text.AppendLine();
        text.AppendLine(Invariant(
            $"**Under load**: p50 / p95 / p99 in ms; every client sends the mix in turn as fast as answers come, {run.Options.LoadDuration.TotalSeconds:F0} s per run. The clients run on the same cores as the service and PostgreSQL."));
        text.AppendLine();
        text.AppendLine("| query | " + string.Join(" | ", run.Levels.Select(l => Invariant($"{l.Clients} client{(l.Clients == 1 ? "" : "s")}"))) + " |");
        text.AppendLine("|---|" + string.Concat(run.Levels.Select(_ => "---|")));
        for (var i = 0; i < run.Mix.Count; i++)
        {
            text.AppendLine($"| {run.Mix[i].Probe.Query.Name} | "
                + string.Join(" | ", run.Levels.Select(l => Invariant($"{l.PerQuery[i].P50:F1} / {l.PerQuery[i].P95:F1} / {l.PerQuery[i].P99:F1}"))) + " |");
        }

        text.AppendLine("| **throughput, requests/s** | " + string.Join(" | ", run.Levels.Select(l => Invariant($"**{l.RequestsPerSecond:F0}**"))) + " |");
        text.AppendLine("| failed requests (all runs) | " + string.Join(" | ", run.Levels.Select(l => Invariant($"{l.Failures} of {l.Requests:N0}"))) + " |");
    }

    private static void WriteStreaming(StringBuilder text, RunResults run)
    {
        var limit = run.Copies.Max(c => c.RowsPerSecond);
        text.AppendLine();
        text.AppendLine(Invariant($"**Streaming {run.StreamedRows:N0} rows** through /tap/sync (`{run.StreamingAdql}`), against `COPY (same SQL) TO STDOUT` read by Npgsql."));
        text.AppendLine("The share is of the faster COPY, PostgreSQL's own limit. Memory: the service's largest resident set (VmRSS sampled every 10 ms)");
        text.AppendLine(Invariant($"while streaming {StreamingTest.SmallRows:N0} and {run.StreamedRows:N0} rows; one service process serves all formats."));
        text.AppendLine();
        text.AppendLine(Invariant($"| output | rows/s | MB/s | first byte ms | share of COPY | target | peak RSS {StreamingTest.SmallRows:N0} rows, MB | peak RSS {run.StreamedRows:N0} rows, MB | growth, MB |"));
        text.AppendLine("|---|---:|---:|---:|---:|---|---:|---:|---:|");
        foreach (var copy in run.Copies)
        {
            text.AppendLine(Invariant(
                $"| PostgreSQL {copy.Format} | {copy.RowsPerSecond:N0} | {copy.MegabytesPerSecond:F1} | {copy.FirstByteMilliseconds:F0} | {copy.RowsPerSecond / limit:P0} | | | | |"));
        }

        foreach (var stream in run.Streams)
        {
            var share = stream.RowsPerSecond / limit;
            var target = ShareTarget(stream.Format) is { } minimum ? Invariant($"≥ {minimum:P0}: {YesNo(share >= minimum)}") : "";
            text.AppendLine(Invariant(
                $"| {FormatName(stream.Format)} | {stream.RowsPerSecond:N0} | {stream.MegabytesPerSecond:F1} | {stream.FirstByteMilliseconds:F0} | {share:P0} | {target} | {stream.PeakSmallMegabytes:F0} | {stream.PeakLargeMegabytes:F0} | {stream.GrowthMegabytes:F1} |"));
        }
    }

    private static void WriteCompileTimes(StringBuilder text, RunResults run)
    {
        text.AppendLine();
        text.AppendLine("**ADQL compile time** of bench/AdqlCompile's typical queries, against the TAP_SCHEMA catalogue as the service reads it (median / p90 µs): "
            + string.Join("; ", run.TypicalCompileTimes.Select(t => Invariant($"{t.Name} {t.Time.MedianMicroseconds:F0} / {t.Time.P90Microseconds:F0}"))) + ".");
    }

    private static void WriteTargets(StringBuilder text, RunResults run, IReadOnlyDictionary<string, QueryBaseline>? baseline)
    {
        var limit = run.Copies.Max(c => c.RowsPerSecond);
        text.AppendLine();
        text.AppendLine("| target | measured | met |");
        text.AppendLine("|---|---|:-:|");
        foreach (var stream in run.Streams)
        {
            if (ShareTarget(stream.Format) is { } minimum)
            {
                var share = stream.RowsPerSecond / limit;
                text.AppendLine(Invariant($"| {FormatName(stream.Format)} ≥ {minimum:P0} of COPY | {share:P0} | {YesNo(share >= minimum)} |"));
            }
        }

        text.AppendLine(OverheadRow(run, "SQL execution (EXPLAIN ANALYZE)", database => database.ExecutionMilliseconds));
        text.AppendLine(OverheadRow(run, "the SQL run and its rows read (PG + rows)", database => database.ReadMilliseconds));
        var growth = run.Streams.MaxBy(s => s.GrowthMegabytes)!;
        text.AppendLine(Invariant(
            $"| memory growth < {MaxGrowthMegabytes} MB from {StreamingTest.SmallRows:N0} to {run.StreamedRows:N0} rows | at most {growth.GrowthMegabytes:F1} MB ({FormatName(growth.Format)}) | {YesNo(growth.GrowthMegabytes < MaxGrowthMegabytes)} |"));
        text.AppendLine(LatencyGrowthRows(run, baseline));
    }

    /// <summary>The target on overhead, against one of PostgreSQL's own times for the same SQL.</summary>
    private static string OverheadRow(RunResults run, string baseline, Func<PlanTime, double> baselineMilliseconds)
    {
        var overheads = run.Mix.Zip(run.Levels[0].PerQuery)
            .Select(p => (p.First.Probe.Query.Name, Overhead: p.Second.P50 - baselineMilliseconds(p.First.Database)))
            .ToList();
        var worst = overheads.MaxBy(o => o.Overhead);
        return Invariant(
            $"| overhead ≤ {MaxOverheadMilliseconds} ms above {baseline} at p50 | {overheads.Count(o => o.Overhead <= MaxOverheadMilliseconds)} of {overheads.Count} queries; worst {worst.Overhead:F2} ms ({worst.Name}) | {YesNo(worst.Overhead <= MaxOverheadMilliseconds)} |");
    }

    /// <summary>
    /// Indexed queries at this size against the default size: meaningful only when the sizes differ.
    /// A larger survey covers the same sky more often, so most queries also return more rows; the
    /// latency per returned row tells an index that stopped working from a result that grew.
    /// </summary>
    private static string LatencyGrowthRows(RunResults run, IReadOnlyDictionary<string, QueryBaseline>? baseline)
    {
        var target = Invariant($"indexed queries within {MaxLatencyGrowth}× of their p50 at {HarnessOptions.DefaultRows:N0} rows");
        if (baseline is null)
        {
            return $"| {target} | not measured: needs a run at another size, e.g. `bench/run.sh --rows 10000000`, after one at the default size | – |";
        }

        var growths = run.Mix.Zip(run.Levels[0].PerQuery)
            .Where(p => p.First.Probe.Query.Indexed && baseline.ContainsKey(p.First.Probe.Query.Name))
            .Select(p =>
            {
                var before = baseline[p.First.Probe.Query.Name];
                var latency = p.Second.P50 / before.P50Milliseconds;
                var rows = (double)Math.Max(p.First.Probe.Rows, 1) / Math.Max(before.Rows, 1);
                return (p.First.Probe.Query.Name, Latency: latency, Rows: rows, PerRow: latency / rows,
                    Text: Invariant($"{p.First.Probe.Query.Name} {latency:F2}× ({before.Rows:N0} → {p.First.Probe.Rows:N0} rows, {latency / rows:F2}× per row)"));
            })
            .ToList();
        var list = string.Join("; ", growths.Select(g => g.Text));
        return Invariant($"| {target} | {list} | {YesNo(growths.Max(g => g.Latency) <= MaxLatencyGrowth)} |") + "\n"
            + Invariant($"| the same, per returned row | worst {growths.Max(g => g.PerRow):F2}× | {YesNo(growths.Max(g => g.PerRow) <= MaxLatencyGrowth)} |");
    }

    private static double? ShareTarget(string format) =>
        format == ResultFormats.VoTableBinary2.MimeType ? MinBinary2Share
        : format == ResultFormats.VoTableTableData.MimeType ? MinTableDataShare
        : null;

    private static string FormatName(string format) =>
        format == ResultFormats.VoTableBinary2.MimeType ? "VOTable BINARY2"
        : format == ResultFormats.VoTableTableData.MimeType ? "VOTable TABLEDATA"
        : format == ResultFormats.Csv.MimeType ? "CSV"
        : format;

    private static string YesNo(bool met) => met ? "yes" : "**no**";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
