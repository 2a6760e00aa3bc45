using System.Globalization;
using System.Text;
using Tap.Service.Images;

namespace Harness.Images;

/// <summary>
/// The image run as Markdown, between its own marker comments: the generator's render times, the
/// stamps, the whole-patch cutout beside <c>cat</c> on the same file, the previews, and issue 11's
/// targets met or missed. The same text goes to the console and into docs/performance.md.
/// </summary>
internal static class ImageReport
{
    public const string Begin = "<!-- bench-images begin -->";
    public const string End = "<!-- bench-images end -->";

    private const double MaxStampP50Milliseconds = 20;
    private const int StampClients = 10;
    private const double MinShareOfCat = 0.5;
    private const double MaxPreviewMilliseconds = 300;

    public static bool IsBegin(string line) => line == Begin;

    public static string Write(ImageRunResults run)
    {
        var text = new StringBuilder();
        text.AppendLine(Begin);
        text.AppendLine("### Results on the committed sample");
        text.AppendLine();
        var machine = run.Machine;
        text.AppendLine(Invariant($"{run.Started:yyyy-MM-dd HH:mm} UTC, `bench/run.sh --images`; {machine.Cpu}, {machine.Cores} cores, shared, load average {run.LoadAverageAtStart} at the start and {run.LoadAverageAtEnd} at the end;"));
        text.AppendLine(Invariant($"{machine.OperatingSystem}; {machine.DotNet}. The service runs with its default image settings (Images:MaxConcurrentCutouts {new ImagesOptions().MaxConcurrentCutouts})."));
        WriteRenders(text, run);
        WriteStamps(text, run);
        WriteCoadd(text, run.Coadd);
        WritePreviews(text, run);
        WriteTargets(text, run);
        text.AppendLine(End);
        return text.ToString();
    }

    private static void WriteRenders(StringBuilder text, ImageRunResults run)
    {
        text.AppendLine();
        text.AppendLine(Invariant($"**The generator** (`SeedData.Generator render`, as the service's store runs it), {ImageBenchmark.ImagesPerType} public images of each type, one at a time on one core (`taskset -c 0`): CPU time of the whole command, process start and file written included, best–worst, and the wall-clock time of the same runs."));
        text.AppendLine();
        text.AppendLine("| product | pixels | file | CPU seconds | wall seconds |");
        text.AppendLine("|---|---|---:|---:|---:|");
        foreach (var (type, name) in SampleImages.ProductTypes)
        {
            var images = run.Images[type];
            text.AppendLine(Invariant(
                $"| {name} | {images[0].Width}×{images[0].Height} | {images[0].FileBytes / 1e6:F1} MB | {Range(images.Select(i => i.Render.CpuSeconds))} | {Range(images.Select(i => i.Render.WallSeconds))} |"));
        }
    }

    private static void WriteStamps(StringBuilder text, ImageRunResults run)
    {
        var stamps = run.Stamps;
        text.AppendLine();
        text.AppendLine(Invariant(
            $"**{PostageStamps.Side}×{PostageStamps.Side} postage stamps** (`/soda/sync?ID=…&CIRCLE=…`, {stamps.StampBytes:N0} bytes of FITS each) at {stamps.Positions:N0} random positions in {stamps.Calexps} calexps of 4072×4000, the files in the page cache; closed loop (each client sends its next request when the last answer has come), medians of {run.Options.Repeats} runs of {run.Options.LoadDuration.TotalSeconds:F0} s. The clients run on the same two cores as the service."));
        text.AppendLine();
        text.AppendLine("| clients | p50 ms | p95 ms | p99 ms | requests/s | failed |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var level in stamps.Levels)
        {
            var latency = level.PerQuery[0];
            text.AppendLine(Invariant($"| {level.Clients} | {latency.P50:F1} | {latency.P95:F1} | {latency.P99:F1} | {level.RequestsPerSecond:F0} | {level.Failures} of {level.Requests:N0} |"));
        }
    }

    private static void WriteCoadd(StringBuilder text, CoaddFigures coadd)
    {
        text.AppendLine();
        text.AppendLine(Invariant(
            $"**A whole deepCoadd patch** ({coadd.Coadd.Width}×{coadd.Coadd.Height}; IMAGE, MASK and VARIANCE; a {coadd.Coadd.FileBytes / 1e6:F1} MB file) cut by SODA with a circle reaching past its corners, against reading the same file. Medians of {ImageBenchmark.TransferRuns} runs, taken in turns (each way once per round) so that the shared machine's changing load falls on all alike; MB/s of the bytes delivered (10⁶ bytes: the response body, or the file). Warm: the file in the page cache. Cold: its pages dropped before each run (`dd iflag=nocache`, this file only; `fincore` checks it)."));
        text.AppendLine();
        text.AppendLine("| how | page cache | MB/s | ms | first byte ms | share of cat, same cache |");
        text.AppendLine("|---|---|---:|---:|---:|---:|");
        Row(text, "`cat FILE > /dev/null`", "warm", coadd.CatWarm, coadd.CatWarm);
        Row(text, "`cat FILE \\| cat > /dev/null`", "warm", coadd.CatPipeWarm, coadd.CatWarm);
        Row(text, "`cat FILE > /dev/null`", "cold", coadd.CatCold, coadd.CatCold);
        Row(text, "GET /files/… (the file as it is, over HTTP)", "warm", coadd.FileWarm, coadd.CatWarm);
        Row(text, "GET /files/…", "cold", coadd.FileCold, coadd.CatCold);
        Row(text, "**SODA cutout of the whole patch**", "warm", coadd.CutoutWarm, coadd.CatWarm);
        Row(text, "**SODA cutout of the whole patch**", "cold", coadd.CutoutCold, coadd.CatCold);
        Row(text, "the same cutout by `Fits.FitsCutout` in the harness's process, to a null stream (no HTTP)", "warm", coadd.InProcess, coadd.CatWarm);
    }

    private static void Row(StringBuilder text, string how, string cache, Transfer? transfer, Transfer? cat)
    {
        if (transfer is null || cat is null)
        {
            text.AppendLine($"| {how} | {cache} | not measured: the kernel kept the file's pages | | | |");
            return;
        }

        var firstByte = transfer.FirstByteMilliseconds is { } milliseconds ? Invariant($"{milliseconds:F0}") : "";
        text.AppendLine(Invariant(
            $"| {how} | {cache} | {transfer.MegabytesPerSecond:F0} | {transfer.Seconds * 1000:F0} | {firstByte} | {transfer.MegabytesPerSecond / cat.MegabytesPerSecond:P0} |"));
    }

    private static void WritePreviews(StringBuilder text, ImageRunResults run)
    {
        text.AppendLine();
        text.AppendLine(Invariant(
            $"**Previews** (`/previews/….png`: the science pixels read at a step to at most 1024 px a side, stretched, PNG-encoded) of {ImageBenchmark.ImagesPerType} images per type. Uncached: the preview deleted from the service's preview folder before each request ({ImageBenchmark.PreviewRunsPerImage} per image; the image file in the page cache). Cached: the same previews asked for again."));
        text.AppendLine();
        text.AppendLine("| product | image | PNG | uncached p50 / p95 ms | requests | cached p50 / p95 ms | requests |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var preview in run.Previews)
        {
            text.AppendLine(Invariant(
                $"| {Name(preview.ProductType)} | {preview.Width}×{preview.Height} | {preview.PngBytes / 1e3:F0} kB | {preview.Uncached.P50:F0} / {preview.Uncached.P95:F0} | {preview.UncachedCount} | {preview.Cached.P50:F1} / {preview.Cached.P95:F1} | {preview.CachedCount} |"));
        }
    }

    private static void WriteTargets(StringBuilder text, ImageRunResults run)
    {
        var coadd = run.Coadd;
        var stamps = run.Stamps.Levels.Single(level => level.Clients == StampClients).PerQuery[0];
        text.AppendLine();
        text.AppendLine("| issue 11's target | measured | met |");
        text.AppendLine("|---|---|:-:|");
        text.AppendLine(Invariant($"| {PostageStamps.Side}×{PostageStamps.Side} stamp from a calexp, p50 ≤ {MaxStampP50Milliseconds} ms at {StampClients} concurrent clients | {stamps.P50:F1} ms (p99 {stamps.P99:F1} ms) | {YesNo(stamps.P50 <= MaxStampP50Milliseconds)} |"));
        text.AppendLine(ShareRow("whole-patch cutout with mask and variance ≥ 50 % of `cat`'s rate, the file read from disk (cold): the physical limit", coadd.CutoutCold, coadd.CatCold));
        text.AppendLine(ShareRow("the same, the file in the page cache (warm)", coadd.CutoutWarm, coadd.CatWarm));
        foreach (var preview in run.Previews)
        {
            text.AppendLine(Invariant(
                $"| {Name(preview.ProductType)} preview ≤ {MaxPreviewMilliseconds} ms uncached (p50; p95 beside it) | {preview.Uncached.P50:F0} ms (p95 {preview.Uncached.P95:F0} ms) | {YesNo(preview.Uncached.P50 <= MaxPreviewMilliseconds)}{(preview.Uncached.P95 <= MaxPreviewMilliseconds ? "" : " (p95: **no**)")} |"));
        }
    }

    private static string ShareRow(string target, Transfer? cutout, Transfer? cat)
    {
        if (cutout is null || cat is null)
        {
            return $"| {target} | not measured: the kernel kept the file's pages | – |";
        }

        var share = cutout.MegabytesPerSecond / cat.MegabytesPerSecond;
        return Invariant($"| {target} | {cutout.MegabytesPerSecond:F0} of {cat.MegabytesPerSecond:F0} MB/s: {share:P0} | {YesNo(share >= MinShareOfCat)} |");
    }

    private static string Name(string datasetType) => SampleImages.ProductTypes.Single(p => p.DatasetType == datasetType).Name;

    private static string Range(IEnumerable<double> values)
    {
        var (low, high) = (Invariant($"{values.Min():F2}"), Invariant($"{values.Max():F2}"));
        return low == high ? low : $"{low}–{high}";
    }

    private static string YesNo(bool met) => met ? "yes" : "**no**";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
