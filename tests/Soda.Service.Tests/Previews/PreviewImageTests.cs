using SkiaSharp;
using Soda.Service.Previews;

namespace Soda.Service.Tests.Previews;

public class PreviewImageTests
{
    private const int Width = 300;
    private const int Height = 200;

    [Fact]
    public void A_preview_is_a_PNG_of_the_image_size_with_the_first_row_at_the_bottom()
    {
        var pixels = Sky();
        pixels[(10 * Width) + 20] = 5000; // a bright pixel near the first row's start

        using var png = SKBitmap.Decode(PreviewImage.Encode(pixels, Width, Height));

        Assert.Equal(Width, png.Width);
        Assert.Equal(Height, png.Height);
        Assert.Equal(255, png.GetPixel(20, Height - 1 - 10).Red);
    }

    [Fact]
    public void Sky_is_grey_neither_black_nor_white_and_NaN_is_black()
    {
        var pixels = Sky();
        pixels[0] = float.NaN;

        using var png = SKBitmap.Decode(PreviewImage.Encode(pixels, Width, Height));
        var greys = png.Pixels.Select(pixel => (int)pixel.Red).Order().ToList();

        Assert.InRange(greys[greys.Count / 2], 60, 220);
        Assert.Equal(0, png.GetPixel(0, Height - 1).Red);
    }

    [Fact]
    public void Limits_put_black_two_sigmas_below_the_sky()
    {
        var (black, white) = PreviewImage.Limits(Sky());

        Assert.Equal(100 - (2 * 5), black, 0.5);
        Assert.True(white > 110, $"white {white}");
    }

    [Fact]
    public void A_pixel_count_that_is_not_the_size_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PreviewImage.Encode(new float[10], 4, 3));
    }

    /// <summary>A sky of level 100 and noise sigma 5.</summary>
    private static float[] Sky()
    {
        var random = new Random(7);
        var pixels = new float[Width * Height];
        for (var i = 0; i < pixels.Length; i++)
        {
            // Box–Muller: one normal deviate per pixel.
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            pixels[i] = (float)(100 + (5 * normal));
        }

        return pixels;
    }
}
