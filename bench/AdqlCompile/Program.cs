using System.Globalization;
using System.Runtime.InteropServices;
using Adql;
using Adql.Semantics;
using AdqlCompile;
using TestSupport;

// Parse + bind + translate time of typical ObsCore queries: median of many runs after warm-up.
// Not a test: run it in Release (dotnet run -c Release --project bench/AdqlCompile) and record the
// figures in docs/performance.md.
var options = new CompileOptions(StandardUserFunctions.Create(), MaxRows: 10_001);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd} | {RuntimeInformation.FrameworkDescription} | {RuntimeInformation.OSDescription} | {Environment.ProcessorCount} cores"));
Console.WriteLine($"{"query",-30} {"median µs",10} {"p90 µs",10}");
var medians = new List<double>();
foreach (var (name, adql) in CompileTiming.TypicalQueries)
{
    var time = CompileTiming.Measure(name, adql, ObsCoreCatalogue.Instance, options);
    medians.Add(time.MedianMicroseconds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-30} {time.MedianMicroseconds,10:F1} {time.P90Microseconds,10:F1}"));
}

medians.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"median of the medians",-30} {medians[medians.Count / 2],10:F1}"));
