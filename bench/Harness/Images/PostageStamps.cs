using System.Globalization;
using System.Net;
using Fits;
using Fits.Wcs;
using ObsCore.Model.Geometry;

namespace Harness.Images;

/// <summary>
/// 51×51-pixel SODA cutouts (postage stamps) of calexps at random positions, each wholly inside its
/// image: a CIRCLE of 25.5 pixels' radius around a random point, in sky coordinates from the
/// image's own WCS, as a client that knows only where its object is would ask.
/// </summary>
internal static class PostageStamps
{
    public const int Side = 51;

    /// <summary><paramref name="count"/> /soda/sync requests spread over the images, from a fixed seed.</summary>
    public static IReadOnlyList<string> Requests(IReadOnlyList<SampleImage> calexps, int count, int seed)
    {
        var random = new Random(seed);
        var projections = calexps.Select(image => (image, Wcs: WcsOf(image.FilePath))).ToList();
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var (image, wcs) = projections[random.Next(projections.Count)];
            var margin = (Side / 2) + 1;
            var x = margin + (random.NextDouble() * (image.Width - (2 * margin)));
            var y = margin + (random.NextDouble() * (image.Height - (2 * margin)));
            var (ra, dec) = wcs.PixelToSky(x, y);
            var (nextRa, nextDec) = wcs.PixelToSky(x + 1, y);
            var pixelDegrees = new SkyPoint(ra, dec).SeparationDegrees(new SkyPoint(nextRa, nextDec));
            return SodaSync(image.Dataset.PublisherDid, ("CIRCLE", Invariant($"{ra:R} {dec:R} {Side / 2.0 * pixelDegrees:R}")));
        })];
    }

    /// <summary>A /soda/sync request for one ID and its other parameters.</summary>
    public static string SodaSync(string id, params (string Name, string Value)[] parameters) =>
        "/soda/sync?" + string.Join('&', parameters.Prepend((Name: "ID", Value: id)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>Checks one stamp fully: HTTP 200, a FITS file whose images are about 51 pixels on a side; returns its size in bytes.</summary>
    public static async Task<long> ProbeAsync(HttpClient client, string pathAndQuery, string folder, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HarnessException($"a postage stamp: HTTP {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        }

        var path = Path.Combine(folder, "stamp.fits");
        await File.WriteAllBytesAsync(path, body, cancellationToken);
        using var fits = FitsFile.Open(path);
        var image = fits.MoveToFirstImage() ?? throw new HarnessException("a postage stamp holds no image");
        if (image.Width is < Side or > Side + 1 || image.Height is < Side or > Side + 1)
        {
            throw new HarnessException($"a postage stamp is {image.Width}x{image.Height} pixels, not {Side}x{Side}: {pathAndQuery}");
        }

        return body.Length;
    }

    /// <summary>The WCS of the image's first image HDU, as the service reads it.</summary>
    public static TanWcs WcsOf(string path)
    {
        using var fits = FitsFile.Open(path);
        _ = fits.MoveToFirstImage() ?? throw new HarnessException($"{path} holds no image");
        return TanWcs.FromHeader(fits.ReadHeader());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
