using ObsCore.Model.Geometry;

namespace ObsCore.Model.Tests;

public class SkyPointTests
{
    [Theory]
    [InlineData(10, 20, 10, 20, 0)]
    [InlineData(0, 0, 90, 0, 90)]
    [InlineData(0, 0, 180, 0, 180)]
    [InlineData(45, 89, 225, 89, 2)]
    [InlineData(0, -90, 123, 90, 180)]
    [InlineData(359.5, 0, 0.5, 0, 1)]
    [InlineData(-10, 0, 350, 0, 0)]
    [InlineData(0, 10, 360, 10, 0)]
    public void Separation_is_the_great_circle_distance_in_degrees(double ra1, double dec1, double ra2, double dec2, double expected)
    {
        var a = new SkyPoint(ra1, dec1);
        var b = new SkyPoint(ra2, dec2);

        Assert.Equal(expected, a.SeparationDegrees(b), 9);
        Assert.Equal(a.SeparationDegrees(b), b.SeparationDegrees(a), 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1e-3)]
    public void Tiny_separations_keep_their_relative_precision(double arcseconds)
    {
        var dec = -45 + (arcseconds / 3600);
        // Along a meridian the separation is the difference in declination, as the doubles hold it.
        var exact = dec - -45;

        Assert.Equal(1, new SkyPoint(30, -45).SeparationDegrees(new SkyPoint(30, dec)) / exact, 6);
    }

    [Fact]
    public void Nearly_antipodal_points_are_told_apart()
    {
        var separation = new SkyPoint(0, 0).SeparationDegrees(new SkyPoint(180, 1e-6));

        Assert.Equal(180 - 1e-6, separation, 10);
    }
}
