using System.Globalization;
using AdqlCompile;
using Tap.Service.Query;

namespace Harness;

/// <summary>What one query of the mix costs: its rows, its compilation, and PostgreSQL's own time for its SQL.</summary>
internal sealed record MixFigures(ProbedQuery Probe, CompileTime Compile, PlanTime Database);

/// <summary>Everything one run measured, with the circumstances the figures depend on.</summary>
internal sealed record RunResults(
    DateTime Started,
    HarnessOptions Options,
    Machine Machine,
    string LoadAverageAtStart,
    string LoadAverageAtEnd,
    string PostgresVersion,
    DataSet DataSet,
    IReadOnlyList<MixFigures> Mix,
    IReadOnlyList<LoadLevel> Levels,
    int StreamedRows,
    string StreamingAdql,
    IReadOnlyList<CopyFigures> Copies,
    IReadOnlyList<StreamFigures> Streams,
    IReadOnlyList<(string Name, CompileTime Time)> TypicalCompileTimes);

/// <summary>The steps of a run, in order; each one says what it does, and any failure stops the run with its reason.</summary>
internal static class BenchmarkRun
{
    private static readonly int[] ClientCounts = [1, 8, 32];
    private const int DatabaseRepeats = 21;

    /// <summary>Long enough for the JIT's tiered compilation to settle (it recompiles hot code after ~30 calls, in the background).</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(15);

    public static async Task<RunResults> RunAsync(HarnessOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var loadAtStart = Machine.LoadAverage();
        await using var database = BenchDatabase.ForRows(options.Rows);
        var app = new ServiceApp(options.ServiceDirectory, database.Environment);

        Step(log, $"schema of {database.Name} (Tap.Service migrate)");
        await app.RunCommandAsync(["migrate"], cancellationToken);
        Step(log, "data set");
        var dataSet = await DataSet.EnsureAsync(database, app, options.Rows, options.Seed, log, cancellationToken);
        var postgres = await PostgresVersionAsync(database, cancellationToken);

        Step(log, $"service on port {options.Port}");
        var jobFolder = Directory.CreateTempSubdirectory("bench-harness-");
        try
        {
            return await MeasureAsync(options, log, app, database, dataSet, postgres, jobFolder.FullName, started, loadAtStart, cancellationToken);
        }
        finally
        {
            jobFolder.Delete(recursive: true);
        }
    }

    private static async Task<RunResults> MeasureAsync(
        HarnessOptions options, TextWriter log, ServiceApp app, BenchDatabase database, DataSet dataSet, string postgres,
        string jobFolder, DateTime started, string loadAtStart, CancellationToken cancellationToken)
    {
        await using var service = await app.StartAsync(options.Port, ServiceSettings(options.Port, jobFolder), cancellationToken);
        log.WriteLine($"Tap.Service is running as process {service.ProcessId}");
        using var client = service.CreateClient(TimeSpan.FromMinutes(10));
        var requests = new ServiceRequests(client);
        var compiler = await ServiceCompiler.ReadAsync(database.Admin, cancellationToken);
        var limits = new DatabaseLimits(database.Admin);

        Step(log, "query mix: answers, compile times and PostgreSQL's own time");
        var mix = await QueryMix.ChooseAsync(database.Admin, cancellationToken);
        var mixFigures = await MeasureMixAsync(mix, requests, compiler, limits, log, cancellationToken);

        Step(log, "compile times of the typical queries (bench/AdqlCompile's list)");
        var typical = CompileTiming.TypicalQueries
            .Select(q => (q.Name, CompileTiming.Measure(q.Name, q.Adql, compiler.Catalogue, compiler.Options(QueryMix.MaxRec))))
            .ToList();

        Step(log, $"load: {WarmUp.TotalSeconds:F0} s warm-up, then {string.Join(", ", ClientCounts)} clients, {options.Repeats} × {options.LoadDuration.TotalSeconds:F0} s each");
        var levels = await MeasureLoadAsync(mix, requests, options, log, cancellationToken);

        var largeRows = (int)Math.Min(StreamingTest.MaxLargeRows, dataSet.ObsCoreRows);
        Step(log, $"streaming {largeRows:N0} rows: PostgreSQL COPY, then the service");
        var columns = await StreamingTest.PrincipalColumnsAsync(database.Admin, cancellationToken);
        var largeAdql = StreamingTest.Adql(columns, largeRows);
        var smallAdql = StreamingTest.Adql(columns, StreamingTest.SmallRows);
        var copies = await MeasureCopyAsync(limits, compiler.Sql(largeAdql, largeRows), largeRows, options.Repeats, log, cancellationToken);
        var streaming = new StreamingTest(service, requests, options.Repeats, largeRows);
        var streams = new List<StreamFigures>();
        foreach (var format in StreamingTest.Formats)
        {
            streams.Add(await streaming.StreamAsync(format, smallAdql, largeAdql, cancellationToken));
            log.WriteLine(Invariant($"  {format.MimeType}: {streams[^1].RowsPerSecond:N0} rows/s, peak RSS {streams[^1].PeakSmallMegabytes:F0} → {streams[^1].PeakLargeMegabytes:F0} MB"));
        }

        return new RunResults(
            started, options, Machine.Describe(), loadAtStart, Machine.LoadAverage(), postgres, dataSet,
            mixFigures, levels, largeRows, largeAdql, copies, streams, typical);
    }

    private static async Task<List<MixFigures>> MeasureMixAsync(
        IReadOnlyList<MixQuery> mix, ServiceRequests requests, ServiceCompiler compiler, DatabaseLimits limits, TextWriter log, CancellationToken cancellationToken)
    {
        var figures = new List<MixFigures>();
        foreach (var query in mix)
        {
            var probe = await requests.ProbeAsync(query, cancellationToken);
            var compile = CompileTiming.Measure(query.Name, probe.Adql, compiler.Catalogue, compiler.Options(QueryMix.MaxRec));
            var plan = await limits.MeasureAsync(compiler.Sql(probe.Adql, QueryMix.MaxRec), DatabaseRepeats, cancellationToken);
            figures.Add(new MixFigures(probe, compile, plan));
            log.WriteLine(Invariant(
                $"  {query.Name}: {probe.Rows} rows; compile {compile.MedianMicroseconds:F0} µs; PostgreSQL plans {plan.PlanningMilliseconds:F2} ms, executes {plan.ExecutionMilliseconds:F2} ms, delivers in {plan.ReadMilliseconds:F2} ms; indexes: {string.Join(", ", plan.Indexes)}"));
        }

        return figures;
    }

    private static async Task<List<LoadLevel>> MeasureLoadAsync(
        IReadOnlyList<MixQuery> mix, ServiceRequests requests, HarnessOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        await LoadTest.RunAsync(requests, mix, ClientCounts[1], WarmUp, cancellationToken);
        var levels = new List<LoadLevel>();
        foreach (var clients in ClientCounts)
        {
            var runs = new List<LoadLevel>();
            for (var i = 0; i < options.Repeats; i++)
            {
                runs.Add(await LoadTest.RunAsync(requests, mix, clients, options.LoadDuration, cancellationToken));
            }

            levels.Add(LoadLevel.MedianOf(runs));
            log.WriteLine(Invariant($"  {clients} concurrent clients: {levels[^1].RequestsPerSecond:F0} requests/s, {levels[^1].Failures} of {levels[^1].Requests} failed"));
        }

        return levels;
    }

    private static async Task<List<CopyFigures>> MeasureCopyAsync(
        DatabaseLimits limits, string sql, int rows, int repeats, TextWriter log, CancellationToken cancellationToken)
    {
        var copies = new List<CopyFigures>();
        foreach (var binary in new[] { true, false })
        {
            var runs = new List<CopyResult>();
            for (var i = 0; i < repeats; i++)
            {
                runs.Add(await limits.CopyAsync(sql, binary, cancellationToken));
            }

            copies.Add(new CopyFigures(
                binary ? "COPY binary" : "COPY text",
                Statistics.Median(runs.Select(r => rows / r.Elapsed.TotalSeconds)),
                Statistics.Median(runs.Select(r => r.Bytes / 1e6 / r.Elapsed.TotalSeconds)),
                Statistics.Median(runs.Select(r => r.FirstByte.TotalMilliseconds))));
            log.WriteLine(Invariant($"  {copies[^1].Format}: {copies[^1].RowsPerSecond:N0} rows/s"));
        }

        return copies;
    }

    /// <summary>
    /// The service as configured, except: no UWS workers polling the job table during the
    /// measurement, job files in a temporary folder, and a statement timeout long enough for the
    /// 1M-row streams on a slow machine.
    /// </summary>
    public static Dictionary<string, string> ServiceSettings(int port, string jobFolder) => new()
    {
        ["Uws__WorkerCount"] = "0",
        ["Uws__ResultsFolder"] = jobFolder,
        ["Query__SyncExecutionDuration"] = "00:10:00",
        ["Service__PublicBaseUrl"] = $"http://127.0.0.1:{port}",
    };

    public static async Task<string> PostgresVersionAsync(BenchDatabase database, CancellationToken cancellationToken)
    {
        await using var command = database.Admin.CreateCommand(
            "SELECT current_setting('server_version') || ', pg_sphere ' || coalesce((SELECT extversion FROM pg_extension WHERE extname = 'pg_sphere'), 'missing')");
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static void Step(TextWriter log, string what) => log.WriteLine($"== {what}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
