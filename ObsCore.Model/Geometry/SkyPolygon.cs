using System.Globalization;
using System.Text;

namespace ObsCore.Model.Geometry;

/// <summary>
/// A convex spherical polygon smaller than a hemisphere, its vertices counter-clockwise as seen from
/// the origin toward the sky (the DALI/ADQL convention; pg_sphere accepts it as given).
/// </summary>
public sealed class SkyPolygon
{
    private SkyPolygon(IReadOnlyList<SkyPoint> vertices) => Vertices = vertices;

    public IReadOnlyList<SkyPoint> Vertices { get; }

    /// <summary>Builds the polygon, reversing the vertex order if it winds the other way.</summary>
    public static SkyPolygon FromVertices(IReadOnlyList<SkyPoint> vertices)
    {
        if (vertices.Count < 3)
        {
            throw new ArgumentException("A polygon needs at least three vertices.", nameof(vertices));
        }

        var centre = VectorCentre(vertices);
        var a = vertices[0].ToUnitVector();
        var b = vertices[1].ToUnitVector();
        // Seen from inside the sphere, counter-clockwise puts the interior on the side where
        // (a × b) · centre is negative.
        var counterClockwise = a.Cross(b).Dot(centre) < 0;
        return new SkyPolygon(counterClockwise ? [.. vertices] : [.. vertices.Reverse()]);
    }

    /// <summary>Mean direction of the vertices: the footprint centre published as s_ra, s_dec.</summary>
    public SkyPoint Centre => SkyPoint.FromVector(VectorCentre(Vertices));

    /// <summary>Diameter in degrees of the circle about <see cref="Centre"/> through the farthest vertex.</summary>
    public double Diameter
    {
        get
        {
            var centre = Centre;
            return 2 * Vertices.Max(centre.SeparationDegrees);
        }
    }

    /// <summary>Area in square degrees, summed over a fan of spherical triangles (Van Oosterom and Strackee).</summary>
    public double AreaSquareDegrees
    {
        get
        {
            var apex = Vertices[0].ToUnitVector();
            var steradians = 0.0;
            for (var i = 1; i < Vertices.Count - 1; i++)
            {
                var b = Vertices[i].ToUnitVector();
                var c = Vertices[i + 1].ToUnitVector();
                var numerator = Math.Abs(apex.Dot(b.Cross(c)));
                var denominator = 1 + apex.Dot(b) + b.Dot(c) + c.Dot(apex);
                steradians += 2 * Math.Atan2(numerator, denominator);
            }

            return steradians * Math.Pow(180 / Math.PI, 2);
        }
    }

    /// <summary>ADQL/STC-S form, as ObsCore publishes s_region: <c>POLYGON ICRS ra1 dec1 ra2 dec2 ...</c>.</summary>
    public string ToStcs()
    {
        var text = new StringBuilder("POLYGON ICRS");
        foreach (var vertex in Vertices)
        {
            text.Append(' ').Append(Format(vertex.Ra)).Append(' ').Append(Format(vertex.Dec));
        }

        return text.ToString();
    }

    /// <summary>pg_sphere's input form in degrees: <c>{(ra1d,dec1d),(ra2d,dec2d),...}</c>.</summary>
    public string ToPgSphere() =>
        "{" + string.Join(',', Vertices.Select(v => $"({Format(v.Ra)}d,{Format(v.Dec)}d)")) + "}";

    /// <summary>Coordinates are written with 10 decimals (~0.4 mas), enough for any footprint and stable across platforms.</summary>
    public static string Format(double degrees) =>
        Math.Round(degrees, 10).ToString("0.##########", CultureInfo.InvariantCulture);

    private static Vector3D VectorCentre(IReadOnlyList<SkyPoint> vertices)
    {
        var sum = new Vector3D(0, 0, 0);
        foreach (var vertex in vertices)
        {
            sum += vertex.ToUnitVector();
        }

        return sum.Normalized();
    }
}
