using System.Globalization;
using CsvHelper;
using Fits.Wcs;
using ObsCore.Model.Csv;
using ObsCore.Model.Geometry;
using Xunit.Abstractions;

namespace Fits.Tests.Wcs;

public class TanWcsFootprintTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<SampleRow>> Sample = new(ReadSample);

    [Theory]
    [InlineData(-5.5e-5, 5.5e-5)]
    [InlineData(5.5e-5, 5.5e-5)]
    [InlineData(-5.6e-5, -5.4e-5)]
    public void The_footprint_of_a_TAN_image_gives_back_its_WCS(double scale1, double scale2)
    {
        // A CCD 1.5° from its tangent point, its axes scaled (either handedness) and rotated by 25°.
        var (sin, cos) = Math.SinCos(double.DegreesToRadians(25));
        var cd = new CdMatrix(cos * scale1, -sin * scale2, sin * scale1, cos * scale2);
        var original = new TanWcs(-25000.3, 12000.7, crval1: 201.25, crval2: -43.5, cd);
        var corners = PixelCorners(4072, 4000).Select(c => original.PixelToSky(c.X, c.Y)).ToList();

        var fitted = TanWcs.FromFootprint(4072, 4000, corners);

        // The tangent point is ill-conditioned (a corner's error over the square of the footprint's
        // size in radians): the corners' rounding in doubles moves it by ~1e-9°, and nothing else.
        Assert.Equal(201.25, fitted.Crval1, 1e-8);
        Assert.Equal(-43.5, fitted.Crval2, 1e-8);
        foreach (var (x, y) in TanWcsAstropyTests.Grid(4072, 4000, offset: 0.3))
        {
            var (ra, dec) = original.PixelToSky(x, y);
            Assert.True(fitted.TrySkyToPixel(ra, dec, out var fx, out var fy));
            Assert.True(double.Hypot(fx - x, fy - y) <= 1e-6, $"({x}, {y}) fitted as ({fx}, {fy})");
        }
    }

    /// <summary>
    /// The sample's footprints land on the pixel corners in either winding, at the size the row states
    /// or at the real CCD's. As published (counter-clockwise seen from inside, SkyPolygon's order) the
    /// vertices give east-left images; the generator's own focal-plane order is the reverse.
    /// </summary>
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Every_footprint_of_the_sample_lands_on_its_pixel_corners(bool reversed, bool realCcdSize)
    {
        var worst = 0.0;
        foreach (var row in Sample.Value)
        {
            var (naxis1, naxis2) = realCcdSize && row.Naxis1 == 4096 ? (4072L, 4000L) : (row.Naxis1, row.Naxis2);
            var corners = reversed ? row.Corners.AsEnumerable().Reverse().ToList() : row.Corners;

            var wcs = TanWcs.FromFootprint(naxis1, naxis2, corners);

            Assert.True(wcs.Cd.Determinant < 0 != reversed, "east is left (CD determinant < 0) exactly in the published order");
            foreach (var (corner, pixel) in corners.Zip(PixelCorners(naxis1, naxis2)))
            {
                Assert.True(wcs.TrySkyToPixel(corner.Ra, corner.Dec, out var x, out var y));
                worst = Math.Max(worst, double.Hypot(x - pixel.X, y - pixel.Y));
            }
        }

        output.WriteLine($"{Sample.Value.Count} footprints, reversed {reversed}, real CCD size {realCcdSize}: worst corner {worst:E2} px");
        Assert.True(worst <= 1e-5, $"a corner misses its pixel corner by {worst} px");
    }

    /// <summary>
    /// CCDs of one visit share its boresight, patches of one tract its centre: the fit finds those
    /// tangent points, to what s_region's 10 decimals (~2e-12 rad) allow, that rounding over the
    /// square of a footprint's size in radians (~1e-5): some 0.05 arcsec.
    /// </summary>
    [Fact]
    public void The_tangent_point_is_the_boresight_or_the_tract_centre()
    {
        var groups = Sample.Value.GroupBy(row => row.Visit ?? "tract " + row.Tract).ToList();
        var worst = 0.0;
        foreach (var group in groups)
        {
            var tangents = group.Select(row => TanWcs.FromFootprint(row.Naxis1, row.Naxis2, row.Corners))
                .Select(wcs => new SkyPoint(wcs.Crval1, wcs.Crval2)).ToList();
            worst = Math.Max(worst, tangents.Max(t => t.SeparationDegrees(tangents[0])));
        }

        output.WriteLine($"{groups.Count} visits and tracts: tangent points agree within {worst * 3600:E2} arcsec");
        Assert.True(worst * 3600 <= 0.5, $"tangent points of one group differ by {worst * 3600} arcsec");
    }

    [Fact]
    public void A_quadrilateral_that_is_no_projected_rectangle_still_lands_on_the_corners()
    {
        var corners = new List<(double Ra, double Dec)> { (10.0, 20.0), (10.25, 20.01), (10.24, 20.2), (9.98, 20.22) };

        var wcs = TanWcs.FromFootprint(4072, 4000, corners);

        foreach (var (corner, pixel) in corners.Zip(PixelCorners(4072, 4000)))
        {
            Assert.True(wcs.TrySkyToPixel(corner.Ra, corner.Dec, out var x, out var y));
            Assert.True(double.Hypot(x - pixel.X, y - pixel.Y) <= 1e-6, $"{corner} landed on ({x}, {y}), not {pixel}");
        }
    }

    [Fact]
    public void Corners_that_are_not_a_convex_quadrilateral_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TanWcs.FromFootprint(100, 100, [(10.0, 20.0), (10.1, 20.0), (10.1, 20.1)]));
        Assert.Throws<ArgumentException>(() => TanWcs.FromFootprint(100, 100, [(10.0, 20.0), (10.1, 20.1), (10.1, 20.0), (10.0, 20.1)]));
    }

    private static (double X, double Y)[] PixelCorners(long naxis1, long naxis2) =>
        [(0.5, 0.5), (naxis1 + 0.5, 0.5), (naxis1 + 0.5, naxis2 + 0.5), (0.5, naxis2 + 0.5)];

    private sealed record SampleRow(long Naxis1, long Naxis2, List<(double Ra, double Dec)> Corners, string? Visit, string? Tract);

    private static List<SampleRow> ReadSample()
    {
        using var csv = new CsvReader(CsvTables.OpenText(SourceTree.PathOf("seed-data", "sample", "ivoa.obscore.csv.gz")), CsvTables.Format);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<SampleRow>();
        while (csv.Read())
        {
            var footprint = RegionText.ParsePolygon(csv.GetField("s_region")!);
            rows.Add(new SampleRow(
                long.Parse(csv.GetField("s_xel1")!, CultureInfo.InvariantCulture),
                long.Parse(csv.GetField("s_xel2")!, CultureInfo.InvariantCulture),
                [.. footprint.Vertices.Select(v => (v.Ra, v.Dec))],
                NullIfEmpty(csv.GetField("lsst_visit")),
                NullIfEmpty(csv.GetField("lsst_tract"))));
        }

        return rows;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
