using System.Globalization;
using ObsCore.Model.Geometry;

namespace ObsCore.Model.Csv;

/// <summary>
/// Footprints as other tools write them: an STC-S/ADQL polygon (<c>POLYGON ICRS ra1 dec1 ...</c>, the
/// frame optional, keywords in any case) or a DALI vertex list (<c>ra1 dec1 ra2 dec2 ...</c>), in degrees.
/// </summary>
public static class RegionText
{
    public static SkyPolygon ParsePolygon(string text)
    {
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        if (tokens.Length > 0 && tokens[0].Equals("POLYGON", StringComparison.OrdinalIgnoreCase))
        {
            first = 1;
            if (tokens.Length > 1 && !IsNumber(tokens[1]))
            {
                if (!tokens[1].Equals("ICRS", StringComparison.OrdinalIgnoreCase))
                {
                    throw new FormatException($"polygon frame '{tokens[1]}' is not supported: use ICRS");
                }

                first = 2;
            }
        }

        var numbers = Numbers(tokens.AsSpan(first), "polygon");
        if (numbers.Length < 6 || numbers.Length % 2 != 0)
        {
            throw new FormatException($"a polygon needs at least three (ra, dec) pairs, got {numbers.Length} numbers");
        }

        var vertices = new SkyPoint[numbers.Length / 2];
        for (var i = 0; i < vertices.Length; i++)
        {
            vertices[i] = Point(numbers[2 * i], numbers[2 * i + 1]);
        }

        return SkyPolygon.FromVertices(vertices);
    }

    /// <summary>A DALI point: <c>ra dec</c>.</summary>
    public static SkyPoint ParsePoint(string text)
    {
        var numbers = Numbers(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), "point");
        return numbers.Length == 2 ? Point(numbers[0], numbers[1]) : throw new FormatException("a point is two numbers: ra dec");
    }

    private static SkyPoint Point(double ra, double dec) =>
        dec is < -90 or > 90 ? throw new FormatException($"declination {dec} is outside [-90, 90]")
        : new SkyPoint(((ra % 360) + 360) % 360, dec);

    private static double[] Numbers(ReadOnlySpan<string> tokens, string what)
    {
        var numbers = new double[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!double.TryParse(tokens[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                throw new FormatException($"'{tokens[i]}' in a {what} is not a number");
            }
        }

        return numbers;
    }

    private static bool IsNumber(string token) => double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
