using Adql.Syntax;
using Dali;
using ObsCore.Model.Geometry;
using static Adql.Syntax.SyntaxFactory;

namespace Sia.Service.Values;

/// <summary>A POS value: a region of the ICRS sky in degrees.</summary>
public abstract record SkyRegion
{
    /// <summary>"CIRCLE ra dec radius", "RANGE ra1 ra2 dec1 dec2" or "POLYGON ra1 dec1 ra2 dec2 ...", shape name case-insensitive.</summary>
    public static SkyRegion Parse(string parameter, string text)
    {
        var words = DaliNumbers.Words(text);
        if (words.Length == 0)
        {
            throw new DaliParameterException(parameter, "empty value; expected CIRCLE, RANGE or POLYGON followed by numbers");
        }

        var numbers = words.Skip(1).Select(w => DaliNumbers.ParseOne(parameter, w)).ToArray();
        return words[0].ToUpperInvariant() switch
        {
            "CIRCLE" when numbers.Length == 3 => new CircleRegion(numbers[0], numbers[1], numbers[2]),
            "CIRCLE" => throw new DaliParameterException(parameter, "CIRCLE needs 3 numbers: ra dec radius"),
            "RANGE" when numbers.Length == 4 => new RangeRegion(new Interval(numbers[0], numbers[1]), new Interval(numbers[2], numbers[3])),
            "RANGE" => throw new DaliParameterException(parameter, "RANGE needs 4 numbers: ra_min ra_max dec_min dec_max"),
            "POLYGON" when numbers.Length % 2 == 0 =>
                new PolygonRegion(Enumerable.Range(0, numbers.Length / 2).Select(i => new SkyPoint(numbers[2 * i], numbers[(2 * i) + 1])).ToArray()),
            "POLYGON" => throw new DaliParameterException(parameter, "POLYGON needs pairs of numbers: ra dec for each vertex"),
            _ => throw new DaliParameterException(parameter, $"unknown shape '{words[0]}'; expected CIRCLE, RANGE or POLYGON"),
        };
    }

    /// <summary>The points whose largest separation is the region's extent (its diameter on the sky).</summary>
    public abstract IEnumerable<SkyPoint> ExtentPoints();

    /// <summary>This region as an ADQL geometry.</summary>
    public abstract GeometryCall ToGeometry();

    /// <summary>POLYGON('ICRS', ra1, dec1, ...) through <paramref name="vertices"/>.</summary>
    private protected static GeometryCall Polygon(IEnumerable<SkyPoint> vertices) =>
        Geometry(GeometryFunction.Polygon, "ICRS", vertices.SelectMany(v => new[] { Number(v.Ra), Number(v.Dec) }));
}

public sealed record CircleRegion(double Ra, double Dec, double Radius) : SkyRegion
{
    public override IEnumerable<SkyPoint> ExtentPoints() =>
        [new SkyPoint(Ra, Math.Max(-90, Dec - Radius)), new SkyPoint(Ra, Math.Min(90, Dec + Radius))];

    public override GeometryCall ToGeometry() =>
        Geometry(GeometryFunction.Circle, "ICRS", [Number(Ra), Number(Dec), Number(Radius)]);
}

/// <summary>An RA and a Dec interval; infinite ends mean the whole range of that coordinate.</summary>
public sealed record RangeRegion(Interval Ra, Interval Dec) : SkyRegion
{
    private double RaMin => double.IsInfinity(Ra.Lower) ? 0 : Ra.Lower;

    private double RaMax => double.IsInfinity(Ra.Upper) ? 360 : Ra.Upper;

    private double DecMin => double.IsInfinity(Dec.Lower) ? -90 : Dec.Lower;

    private double DecMax => double.IsInfinity(Dec.Upper) ? 90 : Dec.Upper;

    public override IEnumerable<SkyPoint> ExtentPoints() =>
    [
        new SkyPoint(RaMin, DecMin), new SkyPoint(RaMax, DecMin), new SkyPoint(RaMax, DecMax), new SkyPoint(RaMin, DecMax),
        new SkyPoint((RaMin + RaMax) / 2, DecMin), new SkyPoint((RaMin + RaMax) / 2, DecMax),
    ];

    /// <summary>A polygon through the corners: its edges are great circles, the range's RA edges are not, which matters only for large ranges and near the poles.</summary>
    public override GeometryCall ToGeometry() =>
        Polygon([new SkyPoint(RaMin, DecMin), new SkyPoint(RaMax, DecMin), new SkyPoint(RaMax, DecMax), new SkyPoint(RaMin, DecMax)]);
}

public sealed record PolygonRegion(IReadOnlyList<SkyPoint> Vertices) : SkyRegion
{
    public override IEnumerable<SkyPoint> ExtentPoints() => Vertices;

    public override GeometryCall ToGeometry() => Polygon(Vertices);
}
