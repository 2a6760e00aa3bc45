using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using ResultWriters;
using Tap.Service.VoTable.Results;
using VoTable;

// Streams synthetic rows through each result writer into a null stream and reports throughput,
// bytes allocated per row and the managed heap afterwards: allocations per row must not depend
// on the row count, and the heap must not grow with it.
// Usage: dotnet run -c Release --project bench/ResultWriters [rows]
var rows = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
ResultColumn[] columns =
[
    new("obs_id", VoTableDatatype.Long),
    new("detector", VoTableDatatype.Short),
    new("band_id", VoTableDatatype.Int),
    new("s_ra", VoTableDatatype.Double) { Unit = "deg" },
    new("s_dec", VoTableDatatype.Double) { Unit = "deg" },
    new("em_min", VoTableDatatype.Float) { Unit = "m" },
    new("is_good", VoTableDatatype.Boolean),
    new("obs_publisher_did", VoTableDatatype.Char, "*"),
    ResultColumn.StcsPolygon("s_region"),
    ResultColumn.DaliGeometry("pos", "point", "2"),
    ResultColumn.Timestamp("t_min"),
];
var metadata = new ResultMetadata(columns, int.MaxValue);

Console.WriteLine($"{rows:N0} rows of {columns.Length} columns to a null stream");
Console.WriteLine($"{"format",-48} {"rows/s",12} {"MB/s",8} {"alloc B/row",12} {"heap MB after",14}");
foreach (var format in ResultFormats.All)
{
    // A short warm-up so that JIT compilation is not counted.
    await WriteAsync(format, 10_000);
    GC.Collect();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var stopwatch = Stopwatch.StartNew();
    var bytes = await WriteAsync(format, rows);
    stopwatch.Stop();
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    var heapAfter = GC.GetTotalMemory(forceFullCollection: false) / 1e6;
    Console.WriteLine(
        $"{format.MimeType,-48} {rows / stopwatch.Elapsed.TotalSeconds,12:N0} {bytes / 1e6 / stopwatch.Elapsed.TotalSeconds,8:N0} "
        + $"{(double)allocated / rows,12:N2} {heapAfter,14:N1}");
}

// Peak resident memory of the whole process (runtime, JIT and all): compare runs of different lengths.
using var process = Process.GetCurrentProcess();
Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / 1e6:N0} MB");

async Task<long> WriteAsync(ResultFormat format, long count)
{
    var counting = new CountingStream();
    var output = PipeWriter.Create(counting);
    await ResultWriter.WriteAsync(format, new SyntheticReader(count), metadata, output, CancellationToken.None);
    await output.CompleteAsync();
    return counting.Length;
}
