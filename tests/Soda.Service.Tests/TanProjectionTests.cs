using ObsCore.Model.Geometry;

namespace Soda.Service.Tests;

/// <summary>The tests' projection is a real TAN: astropy.wcs gives the same positions for the same headers.</summary>
public class TanProjectionTests
{
    // astropy 5.2 (all_pix2world, origin 1) for RA---TAN/DEC--TAN with these CRVAL, CRPIX, CDELT 0.004 and rotation.
    [Theory]
    [InlineData(10, 20, 60.5, 45.5, 30, 1, 1, 10.12441409, 19.72680663)]
    [InlineData(0.05, 0, 60, 45, -20, 120.5, 90.5, 359.76034919, 0.08825398)]
    [InlineData(45, 89.9, 60, 45, 10, 3, 88, 141.67988151, 89.74385987)]
    public void Pixels_map_to_the_sky_positions_astropy_gives(
        double ra0, double dec0, double crpix1, double crpix2, double rotation, double x, double y, double ra, double dec)
    {
        var (sin, cos) = Math.SinCos(double.DegreesToRadians(rotation));
        var tan = new TanProjection(new SkyPoint(ra0, dec0), crpix1, crpix2, -0.004 * cos, 0.004 * sin, 0.004 * sin, 0.004 * cos);

        var sky = tan.PixelToSky(x, y);
        Assert.True(tan.SkyToPixel(sky.Ra, sky.Dec, out var backX, out var backY));

        Assert.Equal(ra, sky.Ra, 1e-7);
        Assert.Equal(dec, sky.Dec, 1e-7);
        Assert.Equal(x, backX, 1e-7);
        Assert.Equal(y, backY, 1e-7);
    }

    [Fact]
    public void Positions_behind_the_tangent_plane_are_not_projected()
    {
        var tan = TanProjection.Centred(new SkyPoint(10, 0), 100, 100, 0.004, 0);

        Assert.False(tan.SkyToPixel(190, 0, out _, out _));
        Assert.False(tan.SkyToPixel(100.5, 0, out _, out _));
        Assert.True(tan.SkyToPixel(99.5, 0, out _, out _));
    }
}
