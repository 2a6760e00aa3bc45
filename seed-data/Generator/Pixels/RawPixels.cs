using SeedData.Generator.Camera;
using SeedData.Generator.Randomness;

namespace SeedData.Generator.Pixels;

/// <summary>A raw readout: bias, sky and stars in ADU with photon and read noise, saturating at the full well.</summary>
public static class RawPixels
{
    public static ushort[] Draw(PixelScene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var width = scene.Width;
        var pixels = new ushort[width * scene.Height];
        var firstBadRows = scene.FirstBadRows();
        var hot = scene.HotColumns();
        Parallel.For(0, scene.Height, () => new float[width], (row, _, deviates) =>
        {
            var noise = new SeededRandom(SeededRandom.Key(scene.NoiseKey, row));
            noise.FillGaussian(deviates);
            var offset = row * width;
            for (var x = 0; x < width; x++)
            {
                var mean = scene.SkyElectrons + scene.StarElectrons[offset + x];
                double adu;
                if (row >= firstBadRows[x])
                {
                    adu = hot[x] ? Sensor.SaturationAdu : Sensor.BiasLevel + deviates[x] * Sensor.ReadNoise / Sensor.Gain;
                }
                else if (mean > Sensor.FullWell)
                {
                    adu = Sensor.SaturationAdu;
                }
                else
                {
                    var electrons = mean + deviates[x] * Math.Sqrt(mean + Sensor.ReadNoise * Sensor.ReadNoise);
                    adu = Math.Min(Sensor.SaturationAdu, Sensor.BiasLevel + electrons / Sensor.Gain);
                }

                // Rounded to the nearest ADU; the saturation level keeps it below 65535.
                pixels[offset + x] = (ushort)(Math.Max(adu, 0) + 0.5);
            }

            return deviates;
        }, _ => { });
        return pixels;
    }
}
