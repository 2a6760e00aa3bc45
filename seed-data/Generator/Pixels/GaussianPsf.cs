namespace SeedData.Generator.Pixels;

/// <summary>
/// A circular Gaussian PSF drawn into an image, only where it matters: out to the radius where it
/// falls below a cut-off, so a faint star costs a few dozen pixels and a bright one a few hundred.
/// </summary>
public sealed class GaussianPsf
{
    private const int MaxRadiusInSigmas = 30;

    private readonly double _sigma;
    private readonly double _twoSigmaSquared;
    private readonly double _normalisation;

    public GaussianPsf(double sigmaPixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sigmaPixels);
        _sigma = sigmaPixels;
        _twoSigmaSquared = 2 * sigmaPixels * sigmaPixels;
        _normalisation = 1 / (Math.Sqrt(2 * Math.PI) * sigmaPixels);
    }

    /// <summary>
    /// Adds a point source of <paramref name="total"/> (any unit) centred at FITS pixel position
    /// (<paramref name="x"/>, <paramref name="y"/>), 1-based, to an image stored row after row.
    /// </summary>
    /// <param name="cutoff">Below this value per pixel the PSF is left out.</param>
    public void Add(float[] image, int width, int height, double x, double y, double total, double cutoff)
    {
        ArgumentNullException.ThrowIfNull(image);
        var radius = Radius(Math.Abs(total), cutoff);
        // Pixel i (0-based) is centred on FITS position i + 1.
        var firstColumn = Math.Max(0, (int)Math.Floor(x - 1 - radius));
        var lastColumn = Math.Min(width - 1, (int)Math.Ceiling(x - 1 + radius));
        var firstRow = Math.Max(0, (int)Math.Floor(y - 1 - radius));
        var lastRow = Math.Min(height - 1, (int)Math.Ceiling(y - 1 + radius));
        if (firstColumn > lastColumn || firstRow > lastRow)
        {
            return;
        }

        // Separable: one profile per axis, their product per pixel.
        Span<double> columns = stackalloc double[lastColumn - firstColumn + 1];
        for (var i = firstColumn; i <= lastColumn; i++)
        {
            columns[i - firstColumn] = Profile(i + 1 - x);
        }

        for (var j = firstRow; j <= lastRow; j++)
        {
            var rowWeight = total * Profile(j + 1 - y);
            var offset = j * width;
            for (var i = firstColumn; i <= lastColumn; i++)
            {
                image[offset + i] += (float)(rowWeight * columns[i - firstColumn]);
            }
        }
    }

    /// <summary>How far out the PSF of a source of this total stays above the cut-off: at least three sigmas.</summary>
    public double Radius(double total, double cutoff)
    {
        var peak = total * _normalisation * _normalisation;
        var sigmas = peak > cutoff ? Math.Sqrt(2 * Math.Log(peak / cutoff)) : 0;
        return Math.Clamp(sigmas, 3, MaxRadiusInSigmas) * _sigma;
    }

    private double Profile(double offset) => _normalisation * Math.Exp(-offset * offset / _twoSigmaSquared);
}
