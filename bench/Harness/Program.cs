using System.Runtime.InteropServices;
using Harness;
using Harness.Images;

// The benchmark harness: the service over real HTTP against PostgreSQL's own limits, on a generated
// data set (or, with --images, image access on the committed sample against reading the same
// files; with --security or --topology, the query mix in several arms side by side), printed as
// Markdown and written into the report file. bench/run.sh installs, builds and starts what it
// needs and calls this; see docs/performance.md.
HarnessOptions options;
try
{
    options = HarnessOptions.Parse(args);
}
catch (ArgumentException usage)
{
    await Console.Error.WriteLineAsync($"harness: {usage.Message}\n{HarnessOptions.Usage}");
    return 2;
}

using var cancellation = new CancellationTokenSource();
// Ctrl-C and SIGTERM cancel the run instead of ending the process, so the service it started is stopped on the way out.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
try
{
    var report = options.Images ? ImageReport.Write(await ImageBenchmark.RunAsync(options, Console.Out, cancellation.Token))
        : options.Security ? SecurityReport.Write(await SecurityOverhead.RunAsync(options, Console.Out, cancellation.Token))
        : options.Topology ? TopologyReport.Write(await TopologyBenchmark.RunAsync(options, Console.Out, cancellation.Token))
        : await QueryReportAsync();
    Console.WriteLine();
    Console.WriteLine(report);
    if (options.ReportFile is { } path)
    {
        if (options.Images)
        {
            ReportFile.Replace(path, ImageReport.IsBegin, ImageReport.End, report);
        }
        else if (options.Security)
        {
            ReportFile.Replace(path, SecurityReport.IsBegin, SecurityReport.End, report);
        }
        else if (options.Topology)
        {
            ReportFile.Replace(path, TopologyReport.IsBegin, TopologyReport.End, report);
        }
        else
        {
            ReportFile.Replace(path, options.Rows, report);
        }

        Console.WriteLine($"Written into {path}.");
    }

    return 0;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("harness: interrupted; the service is stopped.");
    return 130;
}
catch (Exception failure) when (failure is HarnessException or ServiceNotAvailableException)
{
    await Console.Error.WriteLineAsync($"harness: {failure.Message}");
    return 1;
}

async Task<string> QueryReportAsync()
{
    var run = await BenchmarkRun.RunAsync(options, Console.Out, cancellation.Token);
    var baseline = options.ReportFile is { } file && options.Rows != HarnessOptions.DefaultRows
        ? ReportFile.ReadBaseline(file, HarnessOptions.DefaultRows)
        : null;
    return Report.Write(run, baseline);
}

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}
