using System.Diagnostics;
using System.Globalization;
using System.Net;
using Fits;
using ObsCore.Model.Geometry;

namespace Harness.Images;

/// <summary>One way of moving bytes, as the median of its runs.</summary>
/// <param name="FirstByteMilliseconds">For an HTTP answer, how long until its first byte of body came.</param>
internal sealed record Transfer(long Bytes, double Seconds, double? FirstByteMilliseconds = null)
{
    public double MegabytesPerSecond => Bytes / 1e6 / Seconds;
}

/// <summary>
/// A whole coadd patch cut by SODA (IMAGE, MASK and VARIANCE, every pixel) against the standard
/// tools reading the same file, with the file in the page cache (warm) and dropped from it (cold).
/// </summary>
/// <param name="CatCold">Null when the kernel would not drop the file's pages, so nothing cold was measured.</param>
internal sealed record CoaddFigures(
    SampleImage Coadd, string Request, Transfer CatWarm, Transfer CatPipeWarm, Transfer? CatCold,
    Transfer FileWarm, Transfer? FileCold, Transfer CutoutWarm, Transfer? CutoutCold, Transfer InProcess);

internal sealed class CoaddThroughput(HttpClient client, ServiceRequests requests, int runs, TextWriter log)
{
    private readonly byte[] _buffer = new byte[1024 * 1024];

    public async Task<CoaddFigures> MeasureAsync(SampleImage coadd, string folder, CancellationToken cancellationToken)
    {
        var file = coadd.FilePath;
        var cutout = WholeImageRequest(coadd);
        var cutoutBytes = await ProbeAsync(cutout, coadd, folder, cancellationToken);
        var download = "/files/" + string.Join('/', coadd.Dataset.StorePath.Split('/').Select(Uri.EscapeDataString));

        Task<Transfer> Cat() => TimeCommandAsync("""cat "$1" > /dev/null""", file, cancellationToken);
        Task<Transfer> CatPipe() => TimeCommandAsync("""cat "$1" | cat > /dev/null""", file, cancellationToken);
        Task<Transfer> Download() => GetAsync(download, cancellationToken);
        Task<Transfer> Cutout() => GetAsync(cutout, cancellationToken);
        Task<Transfer> InProcess() => CutInProcessAsync(coadd, cutoutBytes, cancellationToken);

        await PageCache.WarmAsync(file, cancellationToken);
        var warm = await InTurnsAsync(
            "warm", [("cat FILE > /dev/null", Cat), ("cat FILE | cat > /dev/null", CatPipe), ("GET /files", Download), ("SODA whole patch", Cutout), ("FitsCutout in-process", InProcess)],
            () => Task.CompletedTask);
        IReadOnlyList<Transfer>? cold = null;
        if (await PageCache.DropAsync(file, cancellationToken))
        {
            cold = await InTurnsAsync(
                "cold", [("cat FILE > /dev/null", Cat), ("GET /files", Download), ("SODA whole patch", Cutout)],
                async () =>
                {
                    if (!await PageCache.DropAsync(file, cancellationToken))
                    {
                        throw new HarnessException($"the kernel kept pages of {file} after they were dropped once already");
                    }
                });
        }
        else
        {
            log.WriteLine("  the kernel kept the file's pages: no cold read measured");
        }

        await PageCache.WarmAsync(file, cancellationToken);
        return new CoaddFigures(coadd, cutout, warm[0], warm[1], cold?[0], warm[2], cold?[1], warm[3], cold?[2], warm[4]);
    }

    /// <summary>A CIRCLE around the image's centre reaching past its corners: SODA clips it to the whole image.</summary>
    public static string WholeImageRequest(SampleImage image)
    {
        var wcs = PostageStamps.WcsOf(image.FilePath);
        var (ra, dec) = wcs.PixelToSky((image.Width + 1) / 2.0, (image.Height + 1) / 2.0);
        var centre = new SkyPoint(ra, dec);
        var corners = new[] { (0.5, 0.5), (image.Width + 0.5, 0.5), (0.5, image.Height + 0.5), (image.Width + 0.5, image.Height + 0.5) };
        var radius = 1.01 * corners.Max(corner =>
        {
            var (cornerRa, cornerDec) = wcs.PixelToSky(corner.Item1, corner.Item2);
            return centre.SeparationDegrees(new SkyPoint(cornerRa, cornerDec));
        });
        return PostageStamps.SodaSync(image.Dataset.PublisherDid, ("CIRCLE", string.Create(CultureInfo.InvariantCulture, $"{ra:R} {dec:R} {radius:R}")));
    }

    /// <summary>Checks the cutout once: HTTP 200, and every image HDU of the file, whole; returns its size in bytes.</summary>
    private async Task<long> ProbeAsync(string request, SampleImage coadd, string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, "coadd-cutout.fits");
        using (var response = await client.GetAsync(new Uri(request, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken))
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new HarnessException($"the whole-patch cutout: HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            await using var target = File.Create(path);
            await response.Content.CopyToAsync(target, cancellationToken);
        }

        using (var source = FitsFile.Open(coadd.FilePath))
        using (var cut = FitsFile.Open(path))
        {
            if (cut.HduCount != source.HduCount)
            {
                throw new HarnessException($"the whole-patch cutout has {cut.HduCount} HDUs, its source {source.HduCount}");
            }

            for (var hdu = 2; hdu <= cut.HduCount; hdu++)
            {
                cut.MoveToHdu(hdu);
                if (cut.Image is not { } image || image.Width != coadd.Width || image.Height != coadd.Height)
                {
                    throw new HarnessException($"HDU {hdu} of the whole-patch cutout is not {coadd.Width}x{coadd.Height}: {request}");
                }
            }
        }

        var length = new FileInfo(path).Length;
        File.Delete(path);
        return length;
    }

    /// <summary>
    /// The medians of every way, measured in turns (each way once per round, <paramref name="before"/>
    /// each measurement) so that a change in the shared machine's load falls on all of them alike.
    /// A first round warms the JIT and the connection and is not counted.
    /// </summary>
    private async Task<IReadOnlyList<Transfer>> InTurnsAsync(
        string cache, IReadOnlyList<(string Name, Func<Task<Transfer>> Measure)> ways, Func<Task> before)
    {
        var taken = ways.Select(_ => new List<Transfer>()).ToList();
        for (var round = 0; round <= runs; round++)
        {
            for (var way = 0; way < ways.Count; way++)
            {
                await before();
                var transfer = await ways[way].Measure();
                if (round > 0)
                {
                    taken[way].Add(transfer);
                }
            }
        }

        return [.. ways.Select((way, i) => Report(way.Name, cache, taken[i]))];
    }

    private Transfer Report(string name, string cache, List<Transfer> taken)
    {
        var median = new Transfer(
            taken[0].Bytes,
            Statistics.Median(taken.Select(t => t.Seconds)),
            taken[0].FirstByteMilliseconds is null ? null : Statistics.Median(taken.Select(t => t.FirstByteMilliseconds!.Value)));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}, {cache}: {median.MegabytesPerSecond:F0} MB/s ({median.Seconds * 1000:F0} ms)"));
        return median;
    }

    private static async Task<Transfer> TimeCommandAsync(string command, string file, CancellationToken cancellationToken) =>
        new(new FileInfo(file).Length, await Shell.TimeAsync(command, file, cancellationToken));

    private async Task<Transfer> GetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        var result = await requests.DownloadAsync(pathAndQuery, _buffer, cancellationToken);
        return new Transfer(result.Bytes, result.Elapsed.TotalSeconds, result.FirstByte.TotalMilliseconds);
    }

    /// <summary>The same cutout made by the service's library in this process into a null stream: its cost without HTTP.</summary>
    private static async Task<Transfer> CutInProcessAsync(SampleImage coadd, long cutoutBytes, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await FitsCutout.WriteAsync(coadd.FilePath, PixelBox.Whole(coadd.Width, coadd.Height), Stream.Null, [], cancellationToken);
        return new Transfer(cutoutBytes, clock.Elapsed.TotalSeconds);
    }
}
