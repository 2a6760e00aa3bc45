using Npgsql;
using Tap.Service.VoTable.Results;

namespace Harness;

/// <summary>One output format streamed from the service: speed of the large result, and the service's memory.</summary>
/// <param name="PeakSmallMegabytes">Largest resident set sampled while streaming <see cref="StreamingTest.SmallRows"/> rows.</param>
/// <param name="PeakLargeMegabytes">The same while streaming the large result.</param>
internal sealed record StreamFigures(
    string Format, double RowsPerSecond, double MegabytesPerSecond, double FirstByteMilliseconds,
    double PeakSmallMegabytes, double PeakLargeMegabytes)
{
    public double GrowthMegabytes => PeakLargeMegabytes - PeakSmallMegabytes;
}

/// <summary>The same result copied out by PostgreSQL itself.</summary>
internal sealed record CopyFigures(string Format, double RowsPerSecond, double MegabytesPerSecond, double FirstByteMilliseconds);

/// <summary>
/// A large result through /tap/sync in each format, against the same SQL copied out by PostgreSQL
/// (COPY TO STDOUT): the result is the first rows of ivoa.obscore in its principal columns, the
/// columns clients show by default (text, numbers, the footprint as STC-S).
/// </summary>
/// <param name="largeRows">Rows of the large result: <see cref="MaxLargeRows"/>, or all of a smaller data set.</param>
internal sealed class StreamingTest(ServiceProcess service, ServiceRequests requests, int repeats, int largeRows)
{
    public const int SmallRows = 10_000;
    public const int MaxLargeRows = 1_000_000;

    public static readonly IReadOnlyList<ResultFormat> Formats = [ResultFormats.VoTableBinary2, ResultFormats.VoTableTableData, ResultFormats.Csv];

    private readonly byte[] _buffer = new byte[256 * 1024];

    /// <summary>The principal columns of ivoa.obscore as TAP_SCHEMA publishes them, the streamed result's columns.</summary>
    public static async Task<IReadOnlyList<string>> PrincipalColumnsAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT column_name FROM tap_schema.columns WHERE table_name = 'ivoa.obscore' AND principal = 1 ORDER BY column_index");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    /// <summary>The ADQL of a result of <paramref name="rows"/> rows of these columns.</summary>
    public static string Adql(IReadOnlyList<string> columns, int rows) => $"SELECT TOP {rows} {string.Join(", ", columns)} FROM ivoa.obscore";

    /// <summary>The small result <paramref name="repeats"/> times, then the large one; medians of speed, largest memory of each.</summary>
    public async Task<StreamFigures> StreamAsync(ResultFormat format, string smallAdql, string largeAdql, CancellationToken cancellationToken)
    {
        var (_, smallPeaks) = await RepeatAsync(format, smallAdql, SmallRows, cancellationToken);
        var (large, largePeaks) = await RepeatAsync(format, largeAdql, largeRows, cancellationToken);
        return new StreamFigures(
            format.MimeType,
            Statistics.Median(large.Select(r => largeRows / r.Elapsed.TotalSeconds)),
            Statistics.Median(large.Select(r => r.Bytes / 1e6 / r.Elapsed.TotalSeconds)),
            Statistics.Median(large.Select(r => r.FirstByte.TotalMilliseconds)),
            smallPeaks.Max() * 1024 / 1e6,
            largePeaks.Max() * 1024 / 1e6);
    }

    private async Task<(List<StreamedResult> Results, List<long> PeaksKiB)> RepeatAsync(
        ResultFormat format, string adql, int rows, CancellationToken cancellationToken)
    {
        var path = QueryMix.TapSyncPath(adql, rows, format.MimeType);
        var results = new List<StreamedResult>();
        var peaks = new List<long>();
        for (var i = 0; i < repeats; i++)
        {
            StreamedResult? result = null;
            peaks.Add(await ResidentMemory.PeakKiBDuringAsync(service.ProcessId, async () => result = await requests.StreamAsync(path, _buffer, cancellationToken)));
            Check(format, rows, result!);
            results.Add(result!);
        }

        return (results, peaks);
    }

    /// <summary>
    /// A stream that failed after its first rows still ends with HTTP 200, so look at its end: a
    /// VOTable reports the failure after its rows, a CSV result has one line too few.
    /// </summary>
    private static void Check(ResultFormat format, int rows, StreamedResult result)
    {
        var complete = format == ResultFormats.Csv
            ? result.LineBreaks == rows + 1
            : result.Tail.Contains("</VOTABLE>", StringComparison.Ordinal) && !result.Tail.Contains("QUERY_STATUS", StringComparison.Ordinal);
        if (!complete)
        {
            throw new HarnessException($"the {format.MimeType} result of {rows:N0} rows is incomplete ({result.Bytes:N0} bytes, {result.LineBreaks:N0} lines); it ends with:\n{result.Tail[^Math.Min(result.Tail.Length, 1000)..]}");
        }
    }
}
