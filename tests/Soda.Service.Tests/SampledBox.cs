using Fits;
using ObsCore.Model.Geometry;
using Soda.Service.Planning;

namespace Soda.Service.Tests;

/// <summary>
/// A slow reference for the planner: the box of the pixels with a sample point inside the region, 5 × 5
/// points a pixel (none on a pixel's edge), region membership written here independently of the library.
/// </summary>
internal static class SampledBox
{
    private static readonly double[] Offsets = [-0.45, -0.2, 0, 0.2, 0.45];

    public static PixelBox? Of(ImageGeometry image, Func<SkyPoint, bool> inside)
    {
        PixelBox? box = null;
        for (var y = 1L; y <= image.Naxis2; y++)
        {
            for (var x = 1L; x <= image.Naxis1; x++)
            {
                if (Offsets.Any(dx => Offsets.Any(dy => inside(Sky(image, x + dx, y + dy)))))
                {
                    box = box is { } b
                        ? new PixelBox(Math.Min(b.XMin, x), Math.Max(b.XMax, x), Math.Min(b.YMin, y), Math.Max(b.YMax, y))
                        : new PixelBox(x, x, y, y);
                }
            }
        }

        return box;
    }

    /// <summary>
    /// The planned box holds every sampled pixel and at most one more pixel on each side (a sliver of the
    /// region thinner than the samples' spacing from a pixel's edge); both are null together.
    /// </summary>
    public static void AssertAgrees(PixelBox? sampled, PixelBox? planned)
    {
        if (sampled is not { } expected)
        {
            Assert.Null(planned);
            return;
        }

        var actual = Assert.NotNull(planned);
        Assert.InRange(actual.XMin, expected.XMin - 1, expected.XMin);
        Assert.InRange(actual.YMin, expected.YMin - 1, expected.YMin);
        Assert.InRange(actual.XMax, expected.XMax, expected.XMax + 1);
        Assert.InRange(actual.YMax, expected.YMax, expected.YMax + 1);
    }

    public static Func<SkyPoint, bool> InCircle(double ra, double dec, double radius) =>
        p => Haversine(new SkyPoint(ra, dec), p) <= radius;

    /// <summary>RA from ra1 eastward to ra2 (through 0 when ra1 > ra2), Dec from dec1 to dec2.</summary>
    public static Func<SkyPoint, bool> InRange(double ra1, double ra2, double dec1, double dec2) =>
        p => p.Dec >= dec1 && p.Dec <= dec2 && (ra1 <= ra2 ? p.Ra >= ra1 && p.Ra <= ra2 : p.Ra >= ra1 || p.Ra <= ra2);

    /// <summary>A convex polygon, either winding.</summary>
    public static Func<SkyPoint, bool> InConvexPolygon(params double[] raDec)
    {
        var polygon = SkyPolygon.FromVertices(Enumerable.Range(0, raDec.Length / 2).Select(i => new SkyPoint(raDec[2 * i], raDec[2 * i + 1])).ToList());
        return p => SphericalChecks.Contains(polygon, p);
    }

    private static SkyPoint Sky(ImageGeometry image, double x, double y)
    {
        var (ra, dec) = image.PixelToSky(x, y);
        return new SkyPoint(ra, dec);
    }

    private static double Haversine(SkyPoint a, SkyPoint b)
    {
        var (ra1, dec1, ra2, dec2) = (Rad(a.Ra), Rad(a.Dec), Rad(b.Ra), Rad(b.Dec));
        var h = Math.Pow(Math.Sin((dec2 - dec1) / 2), 2) + Math.Cos(dec1) * Math.Cos(dec2) * Math.Pow(Math.Sin((ra2 - ra1) / 2), 2);
        return double.RadiansToDegrees(2 * Math.Asin(Math.Min(1, Math.Sqrt(h))));
    }

    private static double Rad(double degrees) => degrees * Math.PI / 180;
}
