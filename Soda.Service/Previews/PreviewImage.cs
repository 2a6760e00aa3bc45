using SkiaSharp;

namespace Soda.Service.Previews;

/// <summary>
/// A grey-scale PNG of an image's pixels for the eye: limits from the pixels' own statistics (the
/// sky level a little below black, the brightest half percent saturated) and an asinh stretch,
/// which shows faint sky noise and bright star cores in one picture.
/// </summary>
public static class PreviewImage
{
    /// <summary>How strongly the stretch compresses bright pixels: linear near black, logarithmic above.</summary>
    private const double Softening = 10;

    /// <summary>Pixels sampled for the limits: enough for stable percentiles, few enough to sort at once.</summary>
    private const int SampleSize = 100_000;

    /// <summary>
    /// Encodes <paramref name="pixels"/> (row by row from the image's first row, FITS order) as a
    /// PNG with the first row at the bottom, as FITS viewers show it. NaN pixels are black.
    /// </summary>
    public static byte[] Encode(ReadOnlySpan<float> pixels, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (pixels.Length != width * height)
        {
            throw new ArgumentException($"{pixels.Length} pixels do not make a {width}x{height} image.", nameof(pixels));
        }

        var (black, white) = Limits(pixels);
        var scale = white > black ? 1 / (white - black) : 0;
        var norm = Math.Asinh(Softening);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        var grey = bitmap.GetPixelSpan();
        for (var y = 0; y < height; y++)
        {
            var row = pixels.Slice(y * width, width);
            var target = grey.Slice((height - 1 - y) * bitmap.RowBytes, width);
            for (var x = 0; x < width; x++)
            {
                var value = row[x];
                var t = float.IsFinite(value) ? Math.Clamp((value - black) * scale, 0, 1) : 0;
                target[x] = (byte)Math.Round(255 * Math.Asinh(Softening * t) / norm);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Black a little below the median sky (two robust sigmas), white at the 99.5th percentile.</summary>
    public static (double Black, double White) Limits(ReadOnlySpan<float> pixels)
    {
        var step = Math.Max(1, pixels.Length / SampleSize);
        var sample = new List<float>(Math.Min(pixels.Length, SampleSize + 1));
        for (var i = 0; i < pixels.Length; i += step)
        {
            if (float.IsFinite(pixels[i]))
            {
                sample.Add(pixels[i]);
            }
        }

        if (sample.Count == 0)
        {
            return (0, 0);
        }

        sample.Sort();
        double At(double fraction) => sample[(int)Math.Round(fraction * (sample.Count - 1))];
        var median = At(0.5);
        var sigma = (At(0.8413) - At(0.1587)) / 2;
        return (median - (2 * sigma), Math.Max(At(0.995), median + sigma));
    }
}
