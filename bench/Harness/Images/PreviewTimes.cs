using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Harness.Images;

/// <summary>Preview latencies of one product type, in milliseconds: made anew (no preview cached) and served from the preview cache.</summary>
internal sealed record PreviewFigures(string ProductType, long Width, long Height, long PngBytes, Latency Uncached, int UncachedCount, Latency Cached, int CachedCount);

/// <summary>
/// DataLink #preview PNGs through /previews: each image's preview is deleted from the service's
/// preview folder before each uncached request (the image file itself stays in the page cache),
/// and asked for again and again for the cached figure.
/// </summary>
internal sealed class PreviewTimes(HttpClient client, string previewFolder)
{
    private const int CachedRequestsPerImage = 50;

    public async Task<PreviewFigures> MeasureAsync(string productType, IReadOnlyList<SampleImage> images, int runsPerImage, CancellationToken cancellationToken)
    {
        // The first preview of a kind runs code for the first time; it is not counted.
        await GetAsync(images[0], cancellationToken);
        var uncached = new List<double>();
        var cached = new List<double>();
        long pngBytes = 0;
        for (var run = 0; run < runsPerImage; run++)
        {
            foreach (var image in images)
            {
                var preview = PreviewPath(image);
                if (File.Exists(preview))
                {
                    File.Delete(preview);
                }

                var (milliseconds, bytes) = await GetAsync(image, cancellationToken);
                if (!File.Exists(preview))
                {
                    throw new HarnessException($"the service did not keep its preview where the benchmark looks for it ({preview}): the uncached figures would be wrong");
                }

                uncached.Add(milliseconds);
                pngBytes = bytes;
            }
        }

        foreach (var image in images)
        {
            for (var i = 0; i < CachedRequestsPerImage; i++)
            {
                cached.Add((await GetAsync(image, cancellationToken)).Milliseconds);
            }
        }

        return new PreviewFigures(productType, images[0].Width, images[0].Height, pngBytes, Latency.Of(uncached), uncached.Count, Latency.Of(cached), cached.Count);
    }

    /// <summary>Where the service keeps an image's preview: its store path under the preview folder, with .png added.</summary>
    private string PreviewPath(SampleImage image) => Path.Combine(previewFolder, Path.Combine(image.Dataset.StorePath.Split('/'))) + ".png";

    private async Task<(double Milliseconds, long Bytes)> GetAsync(SampleImage image, CancellationToken cancellationToken)
    {
        var path = "/previews/" + string.Join('/', image.Dataset.StorePath.Split('/').Select(Uri.EscapeDataString)) + ".png";
        var start = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "image/png")
        {
            throw new HarnessException(string.Create(CultureInfo.InvariantCulture, $"{path}: HTTP {(int)response.StatusCode} {response.Content.Headers.ContentType}"));
        }

        return (elapsed, body.Length);
    }
}
