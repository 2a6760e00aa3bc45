using Fits;
using Fits.Wcs;
using ObsCore.Model.Geometry;
using SeedData.Generator.Pixels;
using SeedData.Generator.Sky;
using SeedData.Generator.Survey;

namespace SeedData.Generator.Tests;

public class ImageRendererTests
{
    [Fact]
    public void A_coadd_patch_carries_its_place_in_the_tract_as_xy0()
    {
        var footprint = TestImages.Footprint(new TanWcs(1600.5, 1600.5, 80, -40, new CdMatrix(-TestImages.Scale, 0, 0, TestImages.Scale)), 3200, 3200);
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
        var footprint = TestImages.Footprint(new TanWcs(2036.5, 2000.5, 80, -40, new CdMatrix(-TestImages.Scale, 0, 0, TestImages.Scale)), 4072, 4000);
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
}
