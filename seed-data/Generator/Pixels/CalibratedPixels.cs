using SeedData.Generator.Camera;
using SeedData.Generator.Randomness;

namespace SeedData.Generator.Pixels;

/// <summary>The image, mask and variance planes of a calibrated image, in nJy and nJy².</summary>
public sealed record CalibratedPlanes(float[] Image, int[] Mask, float[] Variance);

/// <summary>
/// Draws calibrated planes as the pipelines leave them: sky subtracted, flux in nJy, variance from the
/// sky, the stars and the read noise; bad columns and saturated cores interpolated (the noise-free
/// value) and flagged BAD or SAT with INTRP; pixels above five sigma flagged DETECTED.
/// </summary>
/// <param name="NanojanskyPerElectron">The calibration of one exposure.</param>
/// <param name="StackDepth">Exposures averaged into each pixel: 1 for a CCD image, more for a coadd.</param>
/// <param name="Change">For a difference image: the change of the stars' light since the template,
/// electrons per exposure; the static light is then subtracted and only its noise remains.</param>
/// <param name="TemplateNoise">For a difference image: the template's variance as a fraction of the science image's.</param>
public sealed record CalibratedPixels(double NanojanskyPerElectron, int StackDepth = 1, float[]? Change = null, double TemplateNoise = 0)
{
    private const double DetectionSigmas = 5;

    public CalibratedPlanes Draw(PixelScene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var width = scene.Width;
        var count = width * scene.Height;
        var planes = new CalibratedPlanes(new float[count], new int[count], new float[count]);
        var firstBadRows = scene.FirstBadRows();
        var calibration = NanojanskyPerElectron;
        var readVariance = Sensor.ReadNoise * Sensor.ReadNoise;
        var noiseScale = 1 + TemplateNoise;
        var templateSigma = Math.Sqrt(TemplateNoise);
        var threshold = DetectionSigmas * Math.Sqrt((scene.SkyElectrons + readVariance) / StackDepth * noiseScale);
        Parallel.For(0, scene.Height, () => (Science: new float[width], Template: new float[width]), (row, _, deviates) =>
        {
            // The science noise comes first from the row's stream, so a calexp and the raw of the same
            // exposure (same noise key) have the same noise; a difference image adds the template's.
            var noise = new SeededRandom(SeededRandom.Key(scene.NoiseKey, row));
            noise.FillGaussian(deviates.Science);
            if (Change is not null)
            {
                noise.FillGaussian(deviates.Template);
            }

            var offset = row * width;
            for (var x = 0; x < width; x++)
            {
                var i = offset + x;
                var stars = (double)scene.StarElectrons[i];
                var perExposure = scene.SkyElectrons + stars + readVariance;
                var variance = perExposure / StackDepth;
                var sigma = Math.Sqrt(variance);
                double signal;
                double noiseValue;
                if (Change is null)
                {
                    signal = stars;
                    noiseValue = deviates.Science[x] * sigma;
                }
                else
                {
                    signal = Change[i];
                    noiseValue = (deviates.Science[x] + deviates.Template[x] * templateSigma) * sigma;
                    variance *= noiseScale;
                }

                var mask = 0;
                if (row >= firstBadRows[x])
                {
                    mask |= MaskPlanes.Bad | MaskPlanes.Interpolated;
                }

                if (scene.SkyElectrons + stars > Sensor.FullWell)
                {
                    mask |= MaskPlanes.Saturated | MaskPlanes.Interpolated;
                }

                if (signal > threshold)
                {
                    mask |= MaskPlanes.Detected;
                }
                else if (Change is not null && signal < -threshold)
                {
                    mask |= MaskPlanes.DetectedNegative;
                }

                // Interpolated pixels carry the smooth value their neighbours suggest: no noise.
                var value = (mask & MaskPlanes.Interpolated) != 0 ? signal : signal + noiseValue;
                planes.Image[i] = (float)(value * calibration);
                planes.Mask[i] = mask;
                planes.Variance[i] = (float)(variance * calibration * calibration);
            }

            return deviates;
        }, _ => { });
        return planes;
    }
}
