using Dali;
using ObsCore.Model.Geometry;
using Soda.Service.Values;

namespace Soda.Service.Shapes;

/// <summary>
/// Reads the three spatial parameters: POS (a shape keyword, then numbers), CIRCLE and POLYGON (DALI
/// circle and polygon values). Positions are ICRS degrees as DALI 1.1 bounds them: right ascension in
/// [0, 360] (a negative one or one past 360 is refused, not wrapped), declination in [-90, 90].
/// </summary>
internal static class ShapeParser
{
    public static SodaShape ParsePos(string parameter, string text)
    {
        var words = DaliNumbers.Words(text);
        var numbers = DaliNumbers.Parse(parameter, words.Skip(1));
        return words[0].ToUpperInvariant() switch
        {
            "CIRCLE" => Circle(parameter, numbers),
            "RANGE" => Range(parameter, numbers),
            "POLYGON" => Polygon(parameter, numbers),
            _ => throw new DaliParameterException(parameter, $"unknown shape '{words[0]}': expected CIRCLE, RANGE or POLYGON"),
        };
    }

    public static CircleShape ParseCircle(string parameter, string text) => Circle(parameter, DaliNumbers.Parse(parameter, text));

    public static PolygonShape ParsePolygon(string parameter, string text) => Polygon(parameter, DaliNumbers.Parse(parameter, text));

    private static CircleShape Circle(string parameter, double[] numbers)
    {
        if (numbers.Length != 3)
        {
            throw new DaliParameterException(parameter, $"a circle is 3 numbers, ra dec radius; got {numbers.Length}");
        }

        var centre = Position(parameter, numbers[0], numbers[1]);
        var radius = DaliNumbers.Finite(parameter, "the radius", numbers[2]);
        return radius is > 0 and <= 180
            ? new CircleShape(centre, radius)
            : throw new DaliParameterException(parameter, $"the radius {DaliNumbers.Format(radius)} is outside (0, 180] degrees");
    }

    private static PolygonShape Polygon(string parameter, double[] numbers)
    {
        if (numbers.Length % 2 != 0)
        {
            throw new DaliParameterException(parameter, $"a polygon is pairs of numbers, ra dec for each vertex; got {numbers.Length} numbers");
        }

        if (numbers.Length < 6)
        {
            throw new DaliParameterException(parameter, $"a polygon needs at least 3 vertices; got {numbers.Length / 2}");
        }

        var vertices = Enumerable.Range(0, numbers.Length / 2)
            .Select(i => Position(parameter, numbers[2 * i], numbers[(2 * i) + 1]))
            .ToArray();
        return PolygonShape.Create(parameter, vertices);
    }

    /// <summary>RANGE ra1 ra2 dec1 dec2: -Inf opens a lower end, +Inf an upper one; ra1 greater than ra2 crosses RA 0.</summary>
    private static RangeShape Range(string parameter, double[] numbers)
    {
        if (numbers.Length != 4)
        {
            throw new DaliParameterException(parameter, $"RANGE is 4 numbers, ra1 ra2 dec1 dec2; got {numbers.Length}");
        }

        var raMin = RangeEnd(parameter, "ra1", numbers[0], lower: true, 0, 360);
        var raMax = RangeEnd(parameter, "ra2", numbers[1], lower: false, 0, 360);
        var decMin = RangeEnd(parameter, "dec1", numbers[2], lower: true, -90, 90);
        var decMax = RangeEnd(parameter, "dec2", numbers[3], lower: false, -90, 90);
        return decMin <= decMax
            ? new RangeShape(raMin, raMax, decMin, decMax)
            : throw new DaliParameterException(parameter,
                $"RANGE dec1 {DaliNumbers.Format(decMin)} is greater than dec2 {DaliNumbers.Format(decMax)}");
    }

    /// <summary>One end of a RANGE interval: the open end of its side becomes the coordinate's limit.</summary>
    private static double RangeEnd(string parameter, string name, double value, bool lower, double min, double max)
    {
        if (double.IsInfinity(value))
        {
            return (lower, double.IsNegativeInfinity(value)) switch
            {
                (true, true) => min,
                (false, false) => max,
                _ => throw new DaliParameterException(parameter, $"RANGE {name} cannot be {DaliNumbers.Format(value)}"),
            };
        }

        return value >= min && value <= max
            ? value
            : throw new DaliParameterException(parameter, $"RANGE {name} {DaliNumbers.Format(value)} is outside [{min}, {max}] degrees");
    }

    private static SkyPoint Position(string parameter, double ra, double dec)
    {
        DaliNumbers.Finite(parameter, "a right ascension", ra);
        DaliNumbers.Finite(parameter, "a declination", dec);
        if (ra is < 0 or > 360)
        {
            throw new DaliParameterException(parameter, $"right ascension {DaliNumbers.Format(ra)} is outside [0, 360] degrees");
        }

        return dec is >= -90 and <= 90
            ? new SkyPoint(ra, dec)
            : throw new DaliParameterException(parameter, $"declination {DaliNumbers.Format(dec)} is outside [-90, 90] degrees");
    }
}
