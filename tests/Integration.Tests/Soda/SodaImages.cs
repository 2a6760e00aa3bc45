using Dapper;
using Fits;
using Fits.Wcs;
using Npgsql;
using Tap.Service.VoTable.Results;

namespace Integration.Tests.Soda;

/// <summary>A dataset of the sample as the SODA tests see it: its ID, store path, footprint and the image size written for it.</summary>
public sealed record SampleImage(string Id, string StorePath, IReadOnlyList<(double Ra, double Dec)> Footprint, int Width, int Height)
{
    public TanWcs Wcs => TanWcs.FromFootprint(Width, Height, Footprint);

    /// <summary>The sky position of a pixel of the image.</summary>
    public (double Ra, double Dec) SkyAt(double x, double y) => Wcs.PixelToSky(x, y);
}

/// <summary>
/// Writes calexp-like images (primary + IMAGE, MASK, VARIANCE) for datasets of the loaded sample into
/// an image store, a tenth of the real size per side, with a TAN WCS whose footprint is the row's
/// s_region: what the service cuts is the file's own WCS, so the tests need no full-size images.
/// Pixel values are functions of (x, y), so a cutout's pixels can be predicted.
/// </summary>
public static class SodaImages
{
    public static async Task<SampleImage> FindAsync(string connectionString, string dataRights, int skip = 0)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var row = await connection.QuerySingleAsync<(string Id, string Uri, string Region, long Naxis1, long Naxis2)>(
            """
            SELECT o.obs_publisher_did, a.artifact_uri, o.s_region::text, o.s_xel1, o.s_xel2
            FROM caom2.artifact a JOIN ivoa.obscore o ON o.obs_publisher_did = a.publisher_did
            WHERE o.data_rights = @dataRights AND o.lsst_dataset_type = 'calexp' AND a.product_type = 'this'
            ORDER BY a.artifact_uri OFFSET @skip LIMIT 1
            """,
            new { dataRights, skip });
        var degrees = PgSpherePolygonText.VerticesInDegrees(row.Region);
        var footprint = Enumerable.Range(0, degrees.Length / 2).Select(i => (degrees[2 * i], degrees[(2 * i) + 1])).ToList();
        return new SampleImage(row.Id, row.Uri["butler://".Length..], footprint, (int)(row.Naxis1 / 10), (int)(row.Naxis2 / 10));
    }

    public static string Write(string root, SampleImage image)
    {
        var path = Path.Combine(root, image.StorePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
        using var file = FitsFile.Create(path);
        file.WritePrimaryHeader([new("TELESCOP", "'LSST    '", null), new("NEXTEND", "3", null)]);
        List<FitsCard> Cards(string name) => [new("EXTNAME", $"'{name}'", null), .. image.Wcs.ToCards()];
        file.AppendImage(image.Width, image.Height, Pixels(image, (x, y) => ImageValue(x, y)), Cards("IMAGE"));
        file.AppendImage(image.Width, image.Height, Pixels(image, (x, y) => (int)((x * y) % 7)), Cards("MASK"));
        file.AppendImage(image.Width, image.Height, Pixels(image, (x, y) => 1f / (x + y)), Cards("VARIANCE"));
        return path;
    }

    public static float ImageValue(long x, long y) => x + (1000f * y);

    private static T[] Pixels<T>(SampleImage image, Func<long, long, T> value)
    {
        var pixels = new T[image.Width * image.Height];
        for (var y = 1; y <= image.Height; y++)
        {
            for (var x = 1; x <= image.Width; x++)
            {
                pixels[((y - 1) * image.Width) + x - 1] = value(x, y);
            }
        }

        return pixels;
    }
}
