using SeedData.Generator.Pixels;

namespace SeedData.Generator.Tests;

public class GaussianPsfTests
{
    [Theory]
    [InlineData(1.3, 50.0, 40.0)]
    [InlineData(2.5, 50.37, 39.81)]
    public void A_star_keeps_its_flux_its_centre_and_its_width(double sigma, double x, double y)
    {
        const int width = 100, height = 80;
        var image = new float[width * height];

        new GaussianPsf(sigma).Add(image, width, height, x, y, 1e6, 0.01);

        var total = image.Sum(v => (double)v);
        // FITS pixel (i + 1, j + 1) holds array element j * width + i.
        var centreX = image.Select((v, k) => v * (k % width + 1.0)).Sum() / total;
        var centreY = image.Select((v, k) => v * (k / width + 1.0)).Sum() / total;
        var varianceX = image.Select((v, k) => v * Math.Pow(k % width + 1.0 - centreX, 2)).Sum() / total;

        Assert.Equal(1e6, total, 1e6 * 1e-5);
        Assert.Equal(x, centreX, 0.001);
        Assert.Equal(y, centreY, 0.001);
        // Sampled at pixel centres, a Gaussian a pixel or more wide keeps its variance.
        Assert.Equal(sigma * sigma, varianceX, 0.001);
    }

    [Fact]
    public void A_star_off_the_edge_adds_only_its_wings_and_one_far_away_nothing()
    {
        const int width = 60, height = 60;
        var image = new float[width * height];
        var psf = new GaussianPsf(2);

        psf.Add(image, width, height, -3, 30, 1e5, 0.1);
        var wings = image.Sum(v => (double)v);
        psf.Add(image, width, height, 500, 500, 1e5, 0.1);

        Assert.InRange(wings, 1, 1e5 * 0.1);
        Assert.Equal(wings, image.Sum(v => (double)v));
    }

    [Fact]
    public void A_bright_star_reaches_further_than_a_faint_one()
    {
        var psf = new GaussianPsf(2);

        Assert.Equal(6, psf.Radius(10, 1), 9);
        Assert.True(psf.Radius(1e8, 1) > 5 * 2);
        Assert.True(psf.Radius(1e8, 1) < 30 * 2);
    }
}
