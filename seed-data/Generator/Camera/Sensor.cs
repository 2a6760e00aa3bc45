using SeedData.Generator.Randomness;

namespace SeedData.Generator.Camera;

/// <summary>The electronics of an LSSTCam CCD as the raws show them (one amplifier's values for the whole CCD).</summary>
public static class Sensor
{
    /// <summary>Electrons per ADU.</summary>
    public const double Gain = 1.6;

    /// <summary>Read noise, electrons.</summary>
    public const double ReadNoise = 6.0;

    /// <summary>The bias level of the raw pixels, ADU.</summary>
    public const double BiasLevel = 1000;

    /// <summary>Charge a pixel holds before it saturates, electrons.</summary>
    public const double FullWell = 100_000;

    /// <summary>The highest value a raw pixel reads: the full well over the bias.</summary>
    public const double SaturationAdu = BiasLevel + FullWell / Gain;

    private const ulong BadColumnKey = 0xBAD_C01;

    /// <summary>
    /// The defective columns of a detector, the same in every image it takes: two to five, some
    /// dead and some hot, some over the whole column and some from a charge trap upwards.
    /// </summary>
    /// <param name="defectKey">Decides the defects: the detector number, or any stable key of an unknown detector.</param>
    public static IReadOnlyList<BadColumn> BadColumns(long defectKey, int columns, int rows)
    {
        var random = new SeededRandom(SeededRandom.Key(BadColumnKey, defectKey));
        var count = 2 + random.NextInt(4);
        var defects = new BadColumn[count];
        for (var i = 0; i < count; i++)
        {
            var x = random.NextInt(columns);
            var fromRow = random.NextDouble() < 0.5 ? 0 : random.NextInt(rows);
            defects[i] = new BadColumn(x, fromRow, IsHot: random.NextDouble() < 0.5);
        }

        return defects;
    }
}

/// <summary>A defective column: from row <paramref name="FirstRow"/> (0-based) to the top it reads nothing useful.</summary>
/// <param name="IsHot">Saturated in raws when true, stuck at the bias when false.</param>
public readonly record struct BadColumn(int Column, int FirstRow, bool IsHot);
