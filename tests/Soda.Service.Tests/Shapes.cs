using System.Globalization;
using Soda.Service.Planning;
using Soda.Service.Shapes;

namespace Soda.Service.Tests;

/// <summary>Shapes as a client sends them, some placed by pixel position on a test image.</summary>
internal static class Shapes
{
    public static SodaShape Pos(string value) => Assert.Single(RequestBuilder.Async(("ID", "ivo://x?1"), ("POS", value)).Shapes);

    /// <summary>The polygon whose vertices are at these pixel positions: its edges are straight in a TAN image's pixels.</summary>
    public static SodaShape PolygonAt(ImageGeometry image, params (double X, double Y)[] pixels) =>
        Pos("POLYGON " + string.Join(' ', pixels.Select(p => Text(image.PixelToSky(p.X, p.Y)))));

    /// <summary>A circle about a pixel position, its radius given in degrees.</summary>
    public static SodaShape CircleAt(ImageGeometry image, double x, double y, double radius) =>
        Pos($"CIRCLE {Text(image.PixelToSky(x, y))} {radius.ToString("R", CultureInfo.InvariantCulture)}");

    private static string Text((double Ra, double Dec) sky) =>
        string.Create(CultureInfo.InvariantCulture, $"{sky.Ra:R} {sky.Dec:R}");
}
