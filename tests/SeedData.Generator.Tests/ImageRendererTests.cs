using Fits;
using Fits.Wcs;
using ObsCore.Model.Geometry;
using SeedData.Generator.Pixels;
using SeedData.Generator.Sky;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Tests;

public class ImageRendererTests
{
    private const double Scale = 0.2 / 3600;

    [Fact]
    public void A_star_in_the_overlap_of_two_images_is_found_at_the_same_sky_position_in_both()
    {
        var first = SmallImage(new SkyPoint(150.0, -30.0), 0, visit: 2026103100001, detector: 5);
        var second = SmallImage(new SkyPoint(150.015, -29.99), 30, visit: 2026103100002, detector: 6);

        var stars = IsolatedStarsInBoth(first, second);

        Assert.True(stars.Count >= 3, $"only {stars.Count} isolated stars in the overlap");
        foreach (var star in stars)
        {
            var inFirst = first.FoundAt(star);
            var inSecond = second.FoundAt(star);
            Assert.True(inFirst.SeparationDegrees(inSecond) * 3600 < 0.05, $"star {star.Id} at {inFirst} and {inSecond}");
            Assert.True(inFirst.SeparationDegrees(new SkyPoint(star.Ra, star.Dec)) * 3600 < 0.05, $"star {star.Id} at {inFirst}, not where the catalogue puts it");
        }
    }

    [Fact]
    public void A_coadd_patch_carries_its_place_in_the_tract_as_xy0()
    {
        var footprint = Corners(new TanWcs(1600.5, 1600.5, 80, -40, new CdMatrix(-Scale, 0, 0, Scale)), 3200, 3200);
        var request = new RenderRequest("ivo://lsst.example.org/images?deepCoadd/9813/37/i", "deepCoadd", 3200, 3200, footprint) { Band = Band.I };

        var plan = ImageRenderer.Plan(request, SkyCatalogue.Survey);

        Assert.NotNull(plan.PrimaryHeader);
        Assert.Equal(["'IMAGE'", "'MASK'", "'VARIANCE'"], plan.Planes.Select(p => Value(p.Cards, "EXTNAME")));
        Assert.All(plan.Planes, plane =>
        {
            Assert.Equal(("22400.0", "9600.0"), (Value(plane.Cards, "CRVAL1A"), Value(plane.Cards, "CRVAL2A")));
            Assert.Equal(("-22400.0", "-9600.0"), (Value(plane.Cards, "LTV1"), Value(plane.Cards, "LTV2")));
            Assert.Equal("'LINEAR'", Value(plane.Cards, "CTYPE1A"));
            Assert.Equal("T", Value(plane.Cards, "INHERIT"));
        });
        Assert.Equal(("9813", "37"), (Value(plan.PrimaryHeader, "TRACT"), Value(plan.PrimaryHeader, "PATCH")));
        Assert.Equal("0.9", Value(plan.PrimaryHeader, "SEEING"));
        Assert.Equal(["BAD", "SAT", "INTRP", "CR", "EDGE", "DETECTED", "DETECTED_NEGATIVE", "SUSPECT", "NO_DATA"],
            plan.Planes[1].Cards.Where(c => c.Keyword.StartsWith("MP_", StringComparison.Ordinal)).Select(c => c.Keyword[3..]));
    }

    [Fact]
    public void A_raw_is_one_16_bit_image_with_its_electronics_and_wcs()
    {
        var footprint = Corners(new TanWcs(2036.5, 2000.5, 80, -40, new CdMatrix(-Scale, 0, 0, Scale)), 4072, 4000);
        var request = new RenderRequest("ivo://lsst.example.org/images?raw/2026103100001/94", "raw", 4072, 4000, footprint) { Visit = 2026103100001, Detector = 94, Mjd = 61345.37 };

        var plan = ImageRenderer.Plan(request, SkyCatalogue.Survey);

        Assert.Null(plan.PrimaryHeader);
        var raw = Assert.IsType<ImagePlane<ushort>>(Assert.Single(plan.Planes));
        Assert.Equal(("'adu'", "'R22_S11'", "'r_57'"), (Value(raw.Cards, "BUNIT"), Value(raw.Cards, "DETNAME"), Value(raw.Cards, "FILTER")));
        Assert.Equal("'2026-11-01T08:52:48.000'", Value(raw.Cards, "DATE-OBS"));
        Assert.Equal(Visit.Seeing(2026103100001, Band.R).ToString("0.0##########", System.Globalization.CultureInfo.InvariantCulture), Value(raw.Cards, "SEEING"));
        Assert.Contains(raw.Cards, c => c.Keyword == "CD1_1");
        Assert.DoesNotContain(raw.Cards, c => c.Keyword == "LTV1");
    }

    private static string? Value(IEnumerable<FitsCard> cards, string keyword) => cards.Single(c => c.Keyword == keyword).Value;

    /// <summary>The isolated, bright but unsaturated catalogue stars at least 20 pixels inside both images.</summary>
    private static List<Star> IsolatedStarsInBoth(SmallImageUnderTest first, SmallImageUnderTest second)
    {
        var candidates = SkyCatalogue.Survey.StarsNear(first.Request.Footprint, 0.01).ToList();
        return [.. candidates.Where(star =>
            star.MagnitudeR is > 17.5 and < 21 && !star.IsVariable
            && first.Inside(star, 20) && second.Inside(star, 20)
            && !candidates.Any(other => other.Id != star.Id && other.MagnitudeR < star.MagnitudeR + 4
                && new SkyPoint(other.Ra, other.Dec).SeparationDegrees(new SkyPoint(star.Ra, star.Dec)) * 3600 < 4))];
    }

    private static SmallImageUnderTest SmallImage(SkyPoint centre, double rotationDegrees, long visit, int detector)
    {
        const int width = 1500, height = 1200;
        var (sin, cos) = Math.SinCos(double.DegreesToRadians(rotationDegrees));
        var wcs = new TanWcs((width + 1) / 2.0, (height + 1) / 2.0, centre.Ra, centre.Dec, new CdMatrix(-Scale * cos, Scale * sin, Scale * sin, Scale * cos));
        var request = new RenderRequest($"ivo://lsst.example.org/images?calexp/{visit}/{detector}", "calexp", width, height, Corners(wcs, width, height))
        {
            Band = Band.R, Visit = visit, Detector = detector, Mjd = 61345.37,
        };
        var plan = ImageRenderer.Plan(request, SkyCatalogue.Survey);
        return new SmallImageUnderTest(request, TanWcs.FromFootprint(width, height, [.. request.Footprint.Select(c => (c.Ra, c.Dec))]), ((ImagePlane<float>)plan.Planes[0]).Draw());
    }

    private static SkyPoint[] Corners(TanWcs wcs, int width, int height) =>
        [.. new[] { (0.5, 0.5), (width + 0.5, 0.5), (width + 0.5, height + 0.5), (0.5, height + 0.5) }
            .Select(p => wcs.PixelToSky(p.Item1, p.Item2)).Select(s => new SkyPoint(s.Ra, s.Dec))];

    private sealed record SmallImageUnderTest(RenderRequest Request, TanWcs Wcs, float[] Image)
    {
        public bool Inside(Star star, double border) =>
            Wcs.TrySkyToPixel(star.Ra, star.Dec, out var x, out var y)
            && x > border && x < Request.Naxis1 - border && y > border && y < Request.Naxis2 - border;

        /// <summary>The star's sky position as the image shows it: the brightest pixel near where it should be, refined by the centroid around it.</summary>
        public SkyPoint FoundAt(Star star)
        {
            Wcs.TrySkyToPixel(star.Ra, star.Dec, out var predictedX, out var predictedY);
            var (peakX, peakY) = (0, 0);
            for (var y = (int)predictedY - 4; y <= (int)predictedY + 4; y++)
            {
                for (var x = (int)predictedX - 4; x <= (int)predictedX + 4; x++)
                {
                    if (peakX == 0 || Pixel(x, y) > Pixel(peakX, peakY))
                    {
                        (peakX, peakY) = (x, y);
                    }
                }
            }

            double sum = 0, sumX = 0, sumY = 0;
            for (var y = peakY - 3; y <= peakY + 3; y++)
            {
                for (var x = peakX - 3; x <= peakX + 3; x++)
                {
                    var value = Math.Max(0, Pixel(x, y));
                    (sum, sumX, sumY) = (sum + value, sumX + value * x, sumY + value * y);
                }
            }

            var (ra, dec) = Wcs.PixelToSky(sumX / sum, sumY / sum);
            return new SkyPoint(ra, dec);
        }

        /// <summary>FITS pixel (x, y), 1-based.</summary>
        private float Pixel(int x, int y) => Image[(y - 1) * Request.Naxis1 + x - 1];
    }
}
