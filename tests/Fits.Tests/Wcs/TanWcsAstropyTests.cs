using Fits.Wcs;
using ObsCore.Model.Geometry;
using Xunit.Abstractions;

namespace Fits.Tests.Wcs;

/// <summary>The WCS read from each header of <see cref="WcsHeaders"/> against astropy.wcs on the same cards.</summary>
public class TanWcsAstropyTests(ITestOutputHelper output)
{
    /// <summary>The issue asks for 0.001 pixel; both sides do the same double arithmetic, so far less is expected.</summary>
    private const double TolerancePixels = 1e-6;

    [Theory]
    [MemberData(nameof(WcsHeaders.Names), MemberType = typeof(WcsHeaders))]
    public async Task Both_directions_agree_with_astropy(string name)
    {
        var header = WcsHeaders.All[name];
        var wcs = TanWcs.FromHeader(new FitsHeader(header.Cards), header.Alternate);
        var pixels = Grid(header.Naxis1, header.Naxis2, offset: 0);
        // The sky positions to invert come from a second grid, so neither direction feeds the other's answer.
        var skies = Grid(header.Naxis1, header.Naxis2, offset: 0.37).Select(p => wcs.PixelToSky(p.X, p.Y)).ToList();

        var astropy = await AstropyWcs.TransformAsync(header.Cards, pixels, skies, header.Alternate);

        var pixelScale = Math.Sqrt(Math.Abs(wcs.Cd.Determinant));
        var skyDifferences = pixels.Select((p, i) => Separation(wcs.PixelToSky(p.X, p.Y), astropy.Skies[i]) / pixelScale).ToList();
        var pixelDifferences = skies.Select((s, i) =>
        {
            Assert.True(wcs.TrySkyToPixel(s.Ra, s.Dec, out var x, out var y), $"({s.Ra}, {s.Dec}) did not invert");
            return double.Hypot(x - astropy.Pixels[i].X, y - astropy.Pixels[i].Y);
        }).ToList();
        output.WriteLine($"{name}: pixel→sky max {skyDifferences.Max():E2} px ({skyDifferences.Max() * pixelScale:E2}°), sky→pixel max {pixelDifferences.Max():E2} px");
        Assert.All(skyDifferences, difference => Assert.True(difference <= TolerancePixels, $"pixel→sky differs by {difference} px"));
        Assert.All(pixelDifferences, difference => Assert.True(difference <= TolerancePixels, $"sky→pixel differs by {difference} px"));
    }

    [Fact]
    public async Task The_cards_written_read_back_in_astropy_as_the_same_WCS()
    {
        var header = WcsHeaders.All["rubin_calexp_tan_sip"];
        var wcs = TanWcs.FromHeader(new FitsHeader(header.Cards));
        var cards = wcs.ToCards().ToList();
        var pixels = Grid(header.Naxis1, header.Naxis2, offset: 0);

        var astropy = await AstropyWcs.TransformAsync(cards, pixels, []);

        var pixelScale = Math.Sqrt(Math.Abs(wcs.Cd.Determinant));
        Assert.All(pixels.Select((p, i) => Separation(wcs.PixelToSky(p.X, p.Y), astropy.Skies[i]) / pixelScale),
            difference => Assert.True(difference <= TolerancePixels, $"pixel→sky differs by {difference} px"));
    }

    /// <summary>9 × 9 points over the image and a quarter of its size beyond each edge.</summary>
    internal static List<(double X, double Y)> Grid(long naxis1, long naxis2, double offset) =>
        [.. from i in Enumerable.Range(0, 9)
            from j in Enumerable.Range(0, 9)
            select (0.5 + naxis1 * (-0.25 + 1.5 * i / 8) + offset, 0.5 + naxis2 * (-0.25 + 1.5 * j / 8) - offset)];

    private static double Separation((double Ra, double Dec) a, (double Ra, double Dec) b) =>
        new SkyPoint(a.Ra, a.Dec).SeparationDegrees(new SkyPoint(b.Ra, b.Dec));
}
