using System.Globalization;

namespace Tap.Service.VoTable.Results;

/// <summary>
/// pg_sphere's text of a polygon, <c>{(lon1 , lat1),(lon2 , lat2),...}</c> in radians, which the SQL
/// delivers for polygon and region result columns (see <c>SqlValueEncoding.PolygonText</c>).
/// </summary>
internal static class PgSpherePolygonText
{
    /// <summary>PostgreSQL's degrees() divides by this constant; dividing alike gives the same doubles as the database would.</summary>
    private const double RadiansPerDegree = 0.0174532925199432957692;

    /// <summary>The vertices as lon1, lat1, lon2, lat2, ... in degrees.</summary>
    /// <exception cref="FormatException">The text is not a polygon in pg_sphere's radian output.</exception>
    public static double[] VerticesInDegrees(string text)
    {
        var rest = text.AsSpan();
        if (rest.Length < 2 || rest[0] != '{' || rest[^1] != '}')
        {
            throw Malformed(text);
        }

        rest = rest[1..^1];
        var vertices = rest.Count('(');
        var degrees = new double[2 * vertices];
        for (var i = 0; i < vertices; i++)
        {
            // "(lon , lat)" then "," before the next vertex.
            var close = rest.IndexOf(')');
            if (rest.Length == 0 || rest[0] != '(' || close < 0)
            {
                throw Malformed(text);
            }

            var vertex = rest[1..close];
            var comma = vertex.IndexOf(',');
            if (comma < 0)
            {
                throw Malformed(text);
            }

            degrees[2 * i] = Degrees(vertex[..comma], text);
            degrees[(2 * i) + 1] = Degrees(vertex[(comma + 1)..], text);
            rest = rest[(close + 1)..];
            if (i < vertices - 1)
            {
                if (rest.Length == 0 || rest[0] != ',')
                {
                    throw Malformed(text);
                }

                rest = rest[1..];
            }
        }

        return rest.IsEmpty && vertices > 0 ? degrees : throw Malformed(text);
    }

    private static double Degrees(ReadOnlySpan<char> radians, string text) =>
        double.TryParse(radians.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value / RadiansPerDegree
            : throw Malformed(text);

    private static FormatException Malformed(string text) =>
        new($"Not a polygon in pg_sphere's radian output: {(text.Length > 80 ? text[..80] + "…" : text)}");
}
