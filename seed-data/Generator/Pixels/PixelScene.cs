using SeedData.Generator.Camera;

namespace SeedData.Generator.Pixels;

/// <summary>
/// What the pixel planes of one image are made from: the stars' mean light and the sky in electrons
/// per exposure, the defective columns, and the key of the noise. Images that share a noise key
/// (the raw and the calexp of one CCD in one visit) share their noise, as a real pipeline's would.
/// </summary>
public sealed record PixelScene(int Width, int Height, float[] StarElectrons, double SkyElectrons, IReadOnlyList<BadColumn> BadColumns, ulong NoiseKey)
{
    /// <summary>For each column, the first row from which it is bad; <see cref="int.MaxValue"/> for a good column.</summary>
    public int[] FirstBadRows()
    {
        var firstBad = new int[Width];
        Array.Fill(firstBad, int.MaxValue);
        foreach (var column in BadColumns)
        {
            firstBad[column.Column] = Math.Min(firstBad[column.Column], column.FirstRow);
        }

        return firstBad;
    }

    /// <summary>The hot columns (saturated in raws) among the bad ones.</summary>
    public bool[] HotColumns()
    {
        var hot = new bool[Width];
        foreach (var column in BadColumns.Where(column => column.IsHot))
        {
            hot[column.Column] = true;
        }

        return hot;
    }
}
