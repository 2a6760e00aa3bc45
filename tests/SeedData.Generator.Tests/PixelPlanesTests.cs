using SeedData.Generator.Camera;
using SeedData.Generator.Pixels;

namespace SeedData.Generator.Tests;

public class PixelPlanesTests
{
    private const int Width = 400;
    private const int Height = 300;
    private const double Sky = 900;
    private const double Calibration = 0.5;
    private static readonly BadColumn HotColumn = new(100, 0, IsHot: true);
    private static readonly BadColumn DeadColumn = new(250, 120, IsHot: false);

    [Fact]
    public void Raw_pixels_are_bias_and_sky_in_adu_with_photon_and_read_noise()
    {
        var raw = RawPixels.Draw(Scene(Stars()));

        var values = Good(raw.Select(v => (double)v).ToArray()).ToList();
        var mean = values.Average();
        var deviation = Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));

        Assert.Equal(Sensor.BiasLevel + Sky / Sensor.Gain, mean, 0.3);
        Assert.Equal(Math.Sqrt(Sky + Sensor.ReadNoise * Sensor.ReadNoise) / Sensor.Gain, deviation, 0.2);
    }

    [Fact]
    public void Bad_columns_are_hot_or_dead_in_raws_and_flagged_bad_and_interpolated_in_calexps()
    {
        var scene = Scene(Stars());

        var raw = RawPixels.Draw(scene);
        var planes = new CalibratedPixels(Calibration).Draw(scene);

        Assert.All(Enumerable.Range(0, Height), row => Assert.Equal(Sensor.SaturationAdu, raw[row * Width + HotColumn.Column], 0.5));
        Assert.InRange(raw[200 * Width + DeadColumn.Column], Sensor.BiasLevel - 30, Sensor.BiasLevel + 30);
        Assert.InRange(raw[100 * Width + DeadColumn.Column], Sensor.BiasLevel + 400, Sensor.BiasLevel + 750);
        var bad = Enumerable.Range(0, Width * Height).Where(i => (planes.Mask[i] & MaskPlanes.Bad) != 0).ToList();
        Assert.Equal(Height + (Height - DeadColumn.FirstRow), bad.Count);
        Assert.All(bad, i => Assert.Equal(MaskPlanes.Bad | MaskPlanes.Interpolated, planes.Mask[i]));
        Assert.All(bad, i => Assert.Equal(0, planes.Image[i]));
    }

    [Fact]
    public void Calexp_noise_matches_its_variance_plane_and_is_the_noise_of_its_raw()
    {
        var scene = Scene(Stars());

        var raw = RawPixels.Draw(scene);
        var planes = new CalibratedPixels(Calibration).Draw(scene);

        var normalised = Good(planes.Image.Select((v, i) => v / Math.Sqrt(planes.Variance[i])).ToArray()).ToList();
        Assert.Equal(0, normalised.Average(), 0.01);
        Assert.Equal(1, Math.Sqrt(normalised.Average(v => v * v)), 0.01);
        Assert.Equal((Sky + Sensor.ReadNoise * Sensor.ReadNoise) * Calibration * Calibration, planes.Variance[0], 0.01);
        var rawElectrons = Good(raw.Select(v => (v - Sensor.BiasLevel) * Sensor.Gain - Sky).ToArray()).ToArray();
        var calexpElectrons = Good(planes.Image.Select(v => (double)v / Calibration).ToArray()).ToArray();
        Assert.True(Correlation(rawElectrons, calexpElectrons) > 0.99);
    }

    [Fact]
    public void A_star_above_the_full_well_saturates_the_raw_and_is_flagged_in_the_calexp()
    {
        var stars = Stars((200, 150, 1e8), (300, 60, 5e4));
        var scene = Scene(stars);

        var raw = RawPixels.Draw(scene);
        var planes = new CalibratedPixels(Calibration).Draw(scene);

        var core = 150 * Width + 200;
        Assert.Equal(Sensor.SaturationAdu, raw[core], 0.5);
        Assert.Equal(MaskPlanes.Saturated | MaskPlanes.Interpolated | MaskPlanes.Detected, planes.Mask[core]);
        Assert.Equal(stars[core] * Calibration, planes.Image[core], 1e-3 * planes.Image[core]);
        var faint = 60 * Width + 300;
        Assert.Equal(MaskPlanes.Detected, planes.Mask[faint]);
        Assert.True(raw[faint] < Sensor.SaturationAdu);
        Assert.Equal(0, planes.Mask[10 * Width + 10]);
    }

    [Fact]
    public void A_difference_image_shows_only_what_changed_over_the_noise_of_both_images()
    {
        var scene = Scene(Stars((200, 150, 1e6)));
        var change = Stars((120, 200, 4e4), (300, 100, -4e4));

        var planes = new CalibratedPixels(Calibration, Change: change, TemplateNoise: 0.25).Draw(scene);

        var brighter = 200 * Width + 120;
        var fainter = 100 * Width + 300;
        Assert.Equal(MaskPlanes.Detected, planes.Mask[brighter]);
        Assert.Equal(MaskPlanes.DetectedNegative, planes.Mask[fainter]);
        Assert.Equal(0, planes.Mask[150 * Width + 200]);
        Assert.Equal((Sky + Sensor.ReadNoise * Sensor.ReadNoise) * 1.25 * Calibration * Calibration, planes.Variance[0], 0.01);
        var normalised = Good(planes.Image.Select((v, i) => change[i] == 0 ? v / Math.Sqrt(planes.Variance[i]) : double.NaN).ToArray()).Where(double.IsFinite).ToList();
        Assert.Equal(1, Math.Sqrt(normalised.Average(v => v * v)), 0.02);
    }

    [Fact]
    public void A_coadd_is_deeper_by_its_stack_and_has_no_bad_columns()
    {
        var scene = Scene(Stars()) with { BadColumns = [] };

        var planes = new CalibratedPixels(Calibration, StackDepth: 10).Draw(scene);

        Assert.Equal((Sky + Sensor.ReadNoise * Sensor.ReadNoise) / 10 * Calibration * Calibration, planes.Variance[0], 0.01);
        Assert.DoesNotContain(planes.Mask, m => (m & MaskPlanes.Bad) != 0);
    }

    [Fact]
    public void The_same_scene_gives_the_same_pixels_whatever_the_order_rows_are_drawn_in()
    {
        var scene = Scene(Stars((200, 150, 1e6)));

        Assert.Equal(RawPixels.Draw(scene), RawPixels.Draw(scene));
        var first = new CalibratedPixels(Calibration).Draw(scene);
        var again = new CalibratedPixels(Calibration).Draw(scene);
        Assert.Equal(first.Image, again.Image);
        Assert.Equal(first.Mask, again.Mask);
        Assert.Equal(first.Variance, again.Variance);
        Assert.NotEqual(first.Image, new CalibratedPixels(Calibration).Draw(scene with { NoiseKey = 2 }).Image);
    }

    private static PixelScene Scene(float[] stars) => new(Width, Height, stars, Sky, [HotColumn, DeadColumn], 1);

    /// <summary>Stars (FITS x, y, electrons) drawn with a PSF of 2 pixels' sigma.</summary>
    private static float[] Stars(params (double X, double Y, double Electrons)[] stars)
    {
        var image = new float[Width * Height];
        var psf = new GaussianPsf(2);
        foreach (var (x, y, electrons) in stars)
        {
            psf.Add(image, Width, Height, x + 1, y + 1, electrons, 0.01);
        }

        return image;
    }

    /// <summary>The values of the pixels off the bad columns.</summary>
    private static IEnumerable<double> Good(double[] values) =>
        values.Where((_, i) => i % Width != HotColumn.Column && i % Width != DeadColumn.Column);

    private static double Correlation(double[] a, double[] b)
    {
        var (meanA, meanB) = (a.Average(), b.Average());
        var covariance = a.Zip(b).Sum(p => (p.First - meanA) * (p.Second - meanB));
        return covariance / Math.Sqrt(a.Sum(v => (v - meanA) * (v - meanA)) * b.Sum(v => (v - meanB) * (v - meanB)));
    }
}
