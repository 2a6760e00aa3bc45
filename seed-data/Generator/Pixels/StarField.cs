using ObsCore.Model.Geometry;
using SeedData.Generator.Sky;

namespace SeedData.Generator.Pixels;

/// <summary>The pixel position (FITS, 1-based) of a sky position, false when it has none; a WCS's sky-to-pixel map.</summary>
public delegate bool SkyToPixel(double ra, double dec, out double x, out double y);

/// <summary>A catalogue star at its place in one image.</summary>
public readonly record struct PlacedStar(Star Star, double X, double Y);

/// <summary>The stars of the catalogue that fall on an image, or close enough to it that their light does.</summary>
public sealed class StarField
{
    /// <summary>Stars this far outside the image (pixels) still add their wings to it.</summary>
    public const double MarginPixels = 100;

    private StarField(int width, int height, IReadOnlyList<PlacedStar> stars)
    {
        Width = width;
        Height = height;
        Stars = stars;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>In the catalogue's order, so images are drawn the same way every time.</summary>
    public IReadOnlyList<PlacedStar> Stars { get; }

    public static StarField Place(SkyCatalogue catalogue, IReadOnlyList<SkyPoint> footprint, SkyToPixel toPixel, int width, int height, double pixelScaleArcsec)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(toPixel);
        var margin = MarginPixels * pixelScaleArcsec / 3600;
        var stars = new List<PlacedStar>();
        foreach (var star in catalogue.StarsNear(footprint, 2 * margin))
        {
            if (toPixel(star.Ra, star.Dec, out var x, out var y)
                && x > 0.5 - MarginPixels && x < width + 0.5 + MarginPixels
                && y > 0.5 - MarginPixels && y < height + 0.5 + MarginPixels)
            {
                stars.Add(new PlacedStar(star, x, y));
            }
        }

        return new StarField(width, height, stars);
    }

    /// <summary>
    /// The noise-free image of the stars: each star's <paramref name="total"/> (electrons, nJy...)
    /// spread by the PSF, left out where it is below <paramref name="cutoff"/> per pixel.
    /// </summary>
    public float[] Draw(GaussianPsf psf, Func<Star, double> total, double cutoff)
    {
        ArgumentNullException.ThrowIfNull(psf);
        ArgumentNullException.ThrowIfNull(total);
        var image = new float[Width * Height];
        foreach (var placed in Stars)
        {
            var amount = total(placed.Star);
            if (amount != 0)
            {
                psf.Add(image, Width, Height, placed.X, placed.Y, amount, cutoff);
            }
        }

        return image;
    }
}
