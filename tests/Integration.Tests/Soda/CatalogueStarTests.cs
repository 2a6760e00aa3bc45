using System.Globalization;
using System.Net;
using Dapper;
using Fits;
using Fits.Wcs;
using Integration.Tests.Tap;
using Npgsql;
using ObsCore.Model.Geometry;
using SeedData.Generator.Sky;
using Tap.Service.VoTable.Results;

namespace Integration.Tests.Soda;

/// <summary>
/// The whole chain on a synthetic image at its real size: the store renders a calexp of the sample
/// with the seed-data generator, and a 51x51 SODA cutout around a star of the survey's catalogue has
/// the star at its centre, where the cutout's own WCS puts it.
/// </summary>
[Collection(TapTests.Name)]
public sealed class CatalogueStarTests(TapFixture tap) : IDisposable
{
    private const double PixelScaleDegrees = 0.2 / 3600;

    private readonly string _root = Directory.CreateTempSubdirectory("rendered-store-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_catalogue_star_is_at_the_centre_of_a_51_pixel_cutout_around_it()
    {
        var (id, footprint, width, height) = await PublicCalexpAsync();
        var wcs = TanWcs.FromFootprint(width, height, footprint);
        var star = SkyCatalogue.Survey.StarsNear([.. footprint.Select(c => new SkyPoint(c.Ra, c.Dec))], 0)
            .Where(s => s.MagnitudeR is > 16 and < 19 && !s.IsVariable && IsWellInside(wcs, s, width, height))
            .MinBy(s => s.MagnitudeR);
        var renderer = SourceTree.PathOf("seed-data", "Generator", "bin", "Release", "net10.0", "SeedData.Generator");
        using var client = tap.Host(("Images:Root", _root), ("Images:Renderer", renderer)).CreateClient();
        var circle = string.Create(CultureInfo.InvariantCulture, $"{star.Ra:R} {star.Dec:R} {25.5 * PixelScaleDegrees:R}");

        using var response = await client.GetAsync($"/soda/sync?ID={Uri.EscapeDataString(id)}&CIRCLE={Uri.EscapeDataString(circle)}");
        var path = Path.Combine(_root, "star.fits");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var cutout = FitsFile.Open(path);
        var image = cutout.MoveToFirstImage()!;
        Assert.InRange(image.Width, 51, 52);
        Assert.InRange(image.Height, 51, 52);
        var pixels = cutout.ReadPixels<float>(image.Bounds);
        var peak = Array.IndexOf(pixels, pixels.Max());
        var (peakX, peakY) = ((peak % image.Width) + 1, (peak / image.Width) + 1);
        Assert.True(TanWcs.FromHeader(cutout.ReadHeader()).TrySkyToPixel(star.Ra, star.Dec, out var x, out var y));
        Assert.True(Math.Abs(peakX - x) <= 1 && Math.Abs(peakY - y) <= 1, $"peak at ({peakX}, {peakY}), star predicted at ({x:F2}, {y:F2})");
        Assert.True(Math.Abs(x - ((image.Width + 1) / 2.0)) <= 1 && Math.Abs(y - ((image.Height + 1) / 2.0)) <= 1, $"star at ({x:F2}, {y:F2})");
    }

    private static bool IsWellInside(TanWcs wcs, Star star, int width, int height) =>
        wcs.TrySkyToPixel(star.Ra, star.Dec, out var x, out var y) && x > 100 && x < width - 100 && y > 100 && y < height - 100;

    private async Task<(string Id, List<(double Ra, double Dec)> Footprint, int Width, int Height)> PublicCalexpAsync()
    {
        await using var connection = new NpgsqlConnection(tap.Database.AdminConnectionString);
        var row = await connection.QueryFirstAsync<(string Id, string Region, long Naxis1, long Naxis2)>(
            """
            SELECT obs_publisher_did, s_region::text, s_xel1, s_xel2 FROM ivoa.obscore
            WHERE data_rights = 'public' AND lsst_dataset_type = 'calexp' ORDER BY obs_publisher_did LIMIT 1
            """);
        var degrees = PgSpherePolygonText.VerticesInDegrees(row.Region);
        return (row.Id, [.. Enumerable.Range(0, degrees.Length / 2).Select(i => (degrees[2 * i], degrees[(2 * i) + 1]))], (int)row.Naxis1, (int)row.Naxis2);
    }
}
