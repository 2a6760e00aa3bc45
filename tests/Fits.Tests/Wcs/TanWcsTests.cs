using Fits.Wcs;

namespace Fits.Tests.Wcs;

public class TanWcsTests
{
    [Theory]
    [MemberData(nameof(WcsHeaders.Names), MemberType = typeof(WcsHeaders))]
    public void Pixel_to_sky_and_back_returns_the_same_pixel(string name)
    {
        var header = WcsHeaders.All[name];
        var wcs = TanWcs.FromHeader(new FitsHeader(header.Cards), header.Alternate);

        foreach (var (x, y) in TanWcsAstropyTests.Grid(header.Naxis1, header.Naxis2, offset: 0.21))
        {
            var (ra, dec) = wcs.PixelToSky(x, y);
            Assert.True(wcs.TrySkyToPixel(ra, dec, out var backX, out var backY));
            Assert.True(double.Hypot(backX - x, backY - y) <= 1e-8, $"({x}, {y}) came back as ({backX}, {backY})");
        }
    }

    [Theory]
    [MemberData(nameof(WcsHeaders.Names), MemberType = typeof(WcsHeaders))]
    public void The_written_cards_read_back_as_the_same_WCS(string name)
    {
        var header = WcsHeaders.All[name];
        var wcs = TanWcs.FromHeader(new FitsHeader(header.Cards), header.Alternate);

        var again = TanWcs.FromHeader(new FitsHeader(wcs.ToCards()));

        Assert.Equal(
            (wcs.Crpix1, wcs.Crpix2, wcs.Crval1, wcs.Crval2, wcs.Cd, wcs.LonPole, wcs.Frame),
            (again.Crpix1, again.Crpix2, again.Crval1, again.Crval2, again.Cd, again.LonPole, again.Frame));
        Assert.Equal(wcs.ToCards(), again.ToCards());
        foreach (var (x, y) in TanWcsAstropyTests.Grid(header.Naxis1, header.Naxis2, offset: 0))
        {
            Assert.Equal(wcs.PixelToSky(x, y), again.PixelToSky(x, y));
        }
    }

    [Fact]
    public void Cards_carry_FITS_value_texts()
    {
        var wcs = TanWcs.FromHeader(new FitsHeader(WcsHeaders.RubinCalexp(inverseScale: 1)));

        var cards = wcs.ToCards().ToDictionary(card => card.Keyword, card => card.Value);

        Assert.Equal("'RA---TAN-SIP'", cards["CTYPE1"]);
        Assert.Equal("'DEC--TAN-SIP'", cards["CTYPE2"]);
        Assert.Equal("2036.5", cards["CRPIX1"]);
        Assert.Equal("-5.5302348101E-05", cards["CD1_1"]);
        Assert.Equal("180.0", cards["LONPOLE"]);
        Assert.Equal("'ICRS'", cards["RADESYS"]);
        Assert.Equal("4", cards["A_ORDER"]);
        Assert.Equal("2.1E-07", cards["A_2_0"]);
        Assert.Equal("-1.48028238E-07", cards["AP_1_0"]);
        Assert.False(cards.ContainsKey("A_0_0"), "zero coefficients are left out");
    }

    [Theory]
    [InlineData(1e-5, "1.0E-05")]
    [InlineData(180, "180.0")]
    [InlineData(-0.1, "-0.1")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(6.02e23, "6.02E+23")]
    public void Reals_are_written_with_a_decimal_point_and_read_back_exactly(double value, string text)
    {
        Assert.Equal(text, WcsCards.Real(value));
        Assert.Equal(value, new FitsHeader([new FitsCard("X", text, null)]).GetDouble("X"));
    }

    [Fact]
    public void A_point_on_the_far_hemisphere_has_no_pixel()
    {
        var wcs = new TanWcs(100, 100, crval1: 10, crval2: 20, new CdMatrix(-1e-4, 0, 0, 1e-4));

        Assert.False(wcs.TrySkyToPixel(190, -20, out var x, out var y));
        Assert.True(double.IsNaN(x) && double.IsNaN(y));
        Assert.False(wcs.TrySkyToPixel(100, 0, out _, out _), "90° away is the projection's horizon");
        Assert.True(wcs.TrySkyToPixel(99, 0, out _, out _), "just under 90° away still projects");
    }

    [Fact]
    public void AP_and_BP_are_only_the_first_guess_of_the_inversion()
    {
        var fitted = TanWcs.FromHeader(new FitsHeader(WcsHeaders.RubinCalexp(inverseScale: 1)));
        var poor = TanWcs.FromHeader(new FitsHeader(WcsHeaders.RubinCalexp(inverseScale: 0.5)));
        var without = TanWcs.FromHeader(new FitsHeader(WcsHeaders.RubinCalexp(inverseScale: 1).Where(card => !card.Keyword.StartsWith("AP", StringComparison.Ordinal) && !card.Keyword.StartsWith("BP", StringComparison.Ordinal))));

        foreach (var (x, y) in TanWcsAstropyTests.Grid(4072, 4000, offset: 0.5))
        {
            var (ra, dec) = fitted.PixelToSky(x, y);
            var pixels = new[] { fitted, poor, without }.Select(wcs =>
            {
                Assert.True(wcs.TrySkyToPixel(ra, dec, out var px, out var py));
                return (X: px, Y: py);
            }).ToList();
            Assert.All(pixels, p => Assert.True(double.Hypot(p.X - x, p.Y - y) <= 1e-8, $"({x}, {y}) came back as {p}"));
        }
    }

    [Fact]
    public void A_distortion_that_cannot_be_inverted_there_gives_no_pixel()
    {
        // u + 1e-3 u² never goes below -250 pixels: there is no pixel 1000 pixels left of CRPIX.
        var linear = new TanWcs(500, 500, crval1: 30, crval2: 40, new CdMatrix(-1e-4, 0, 0, 1e-4));
        var folded = TanWcs.FromHeader(new FitsHeader([
            .. linear.ToCards().Select(card => card.Keyword.StartsWith("CTYPE", StringComparison.Ordinal) ? card with { Value = card.Value![..^1] + "-SIP'" } : card),
            new FitsCard("A_ORDER", "2", null), new FitsCard("A_2_0", "1.0E-3", null), new FitsCard("B_ORDER", "2", null)]));
        var (ra, dec) = linear.PixelToSky(500 - 1000, 500);

        Assert.False(folded.TrySkyToPixel(ra, dec, out var x, out var y));
        Assert.True(double.IsNaN(x) && double.IsNaN(y));
        var (insideRa, insideDec) = linear.PixelToSky(500 - 200, 500);
        Assert.True(folded.TrySkyToPixel(insideRa, insideDec, out x, out _), "short of the fold it inverts");
        Assert.Equal(500 - 276.393202250021, x, 1e-9);
    }

    [Fact]
    public void Converting_points_allocates_nothing()
    {
        var wcs = TanWcs.FromHeader(new FitsHeader(WcsHeaders.RubinCalexp(inverseScale: 1)));
        var (ra, dec) = wcs.PixelToSky(10, 20);
        wcs.TrySkyToPixel(ra, dec, out _, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            (ra, dec) = wcs.PixelToSky(i * 4.1, i * 3.9);
            wcs.TrySkyToPixel(ra, dec, out _, out _);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void At_the_pole_LONPOLE_defaults_to_0_and_elsewhere_to_180()
    {
        var cd = new CdMatrix(-1e-4, 0, 0, 1e-4);

        Assert.Equal(0, new TanWcs(1, 1, 0, 90, cd).LonPole);
        Assert.Equal(180, new TanWcs(1, 1, 0, 89.9, cd).LonPole);
        Assert.Equal(150, new TanWcs(1, 1, 0, 90, cd, lonPole: 150).LonPole);
    }
}
