using Adql.Semantics;
using Adql.Syntax;

namespace Adql.Translation;

/// <summary>
/// Everything the translator knows about pg_sphere, one method per ADQL geometry function. ADQL speaks
/// degrees, pg_sphere radians: constructors convert on the way in, accessors on the way out. Points are
/// spoint, circles scircle, BOX and POLYGON spoly (BOX has great-circle sides, unlike pg_sphere's sbox).
/// </summary>
internal sealed class PgSphere(SqlTranslator translator, BoundQuery bound)
{
    /// <summary>Writes a geometry function used as a value; returns what it produced.</summary>
    public Precedence Write(GeometryCall call)
    {
        switch (call.Function)
        {
            case GeometryFunction.Point:
                translator.Append(PointOf(call.Arguments[0], call.Arguments[1]));
                return Precedence.Primary;
            case GeometryFunction.Circle:
                translator.Append(Circle(call));
                return Precedence.Primary;
            case GeometryFunction.Box:
                translator.Append(Box(call));
                return Precedence.Primary;
            case GeometryFunction.Polygon:
                translator.Append(Polygon(call));
                return Precedence.Primary;
            case GeometryFunction.Contains or GeometryFunction.Intersects:
                // As a value ADQL wants 1 or 0 (NULL stays NULL); compared with 1 or 0 the translator
                // uses the Condition itself.
                translator.Append($"CAST({Condition(call)} AS integer)");
                return Precedence.Primary;
            case GeometryFunction.Distance:
                var (p, q) = DistancePoints(call);
                translator.Append($"degrees({p} <-> {q})");
                return Precedence.Primary;
            case GeometryFunction.Area:
                // Steradians to square degrees: (180/pi)^2, i.e. degrees() twice.
                translator.Append($"degrees(degrees(area({Argument(call, 0)})))");
                return Precedence.Primary;
            case GeometryFunction.Centroid:
                return WriteCentroid(call);
            case GeometryFunction.Coord1:
                translator.Append($"degrees(long({Argument(call, 0)}))");
                return Precedence.Primary;
            case GeometryFunction.Coord2:
                translator.Append($"degrees(lat({Argument(call, 0)}))");
                return Precedence.Primary;
            case GeometryFunction.CoordSys:
                // Everything stored here is ICRS.
                translator.Append("'ICRS'");
                return Precedence.Primary;
            default:
                throw new InvalidOperationException($"{call.Function} should have been rejected by the binder");
        }
    }

    /// <summary>
    /// DISTANCE(...) &lt; r (or r &gt; DISTANCE(...), and &lt;=) becomes an index-assisted cone test;
    /// returns null for every other comparison.
    /// </summary>
    public Precedence? TryWriteCone(ComparisonExpression comparison)
    {
        var (left, op, right) = comparison.Right is GeometryCall { Function: GeometryFunction.Distance }
            ? (comparison.Right, Mirror(comparison.Operator), comparison.Left)
            : (comparison.Left, comparison.Operator, comparison.Right);
        if (left is not GeometryCall { Function: GeometryFunction.Distance } distance || op is not (ComparisonOperator.Less or ComparisonOperator.LessOrEqual))
        {
            return null;
        }

        WriteCone(distance, op, right);
        return Precedence.And;
    }

    /// <summary>
    /// A geometry value of the outermost SELECT list in the form the result writers read (see
    /// <see cref="SqlValueEncoding"/>): point and circle as float8[] in degrees, polygons and
    /// regions as pg_sphere's text. A NULL geometry stays NULL (an ARRAY of its coordinates would be
    /// an array of NULLs).
    /// </summary>
    public void WriteResultValue(string value, AdqlType type) =>
        translator.Append(type switch
        {
            AdqlType.Point => $"CASE WHEN {value} IS NULL THEN NULL ELSE ARRAY[degrees(long({value})), degrees(lat({value}))] END",
            AdqlType.Circle => $"CASE WHEN {value} IS NULL THEN NULL ELSE ARRAY[degrees(long(center({value}))), degrees(lat(center({value}))), degrees(radius({value}))] END",
            _ => $"CAST({value} AS text)",
        });

    private Precedence WriteCentroid(GeometryCall call)
    {
        translator.Append(bound.StoredPointOf(call) is { } stored ? translator.Render(stored) : $"center({Argument(call, 0)})");

        return Precedence.Primary;
    }

    /// <summary>The point of a coordinate pair: the stored point column when the binder found one, so indexes apply.</summary>
    private string PointOf(Expression longitude, Expression latitude) =>
        bound.StoredPointOf(longitude) is { } stored
            ? translator.Render(stored)
            : $"spoint(radians({translator.Render(longitude, Precedence.Lowest)}), radians({translator.Render(latitude, Precedence.Lowest)}))";

    private string Circle(GeometryCall call)
    {
        var args = call.Arguments;
        var (centre, radius) = args.Count == 3 ? (PointOf(args[0], args[1]), args[2]) : (Argument(call, 0), args[1]);
        return $"scircle({centre}, radians({translator.Render(radius, Precedence.Lowest)}))";
    }

    /// <summary>BOX(centre, width, height): the polygon of its four corners, centre ± half width and height.</summary>
    private string Box(GeometryCall call)
    {
        var args = call.Arguments;
        string longitude, latitude;
        if (args.Count == 4)
        {
            longitude = translator.Render(args[0], Precedence.Additive);
            latitude = translator.Render(args[1], Precedence.Additive);
        }
        else
        {
            var centre = Argument(call, 0);
            longitude = $"degrees(long({centre}))";
            latitude = $"degrees(lat({centre}))";
        }

        // 2.0, not 2: halving an integer width must not truncate.
        var halfWidth = translator.Render(args[^2], Precedence.Multiplicative) + " / 2.0";
        var halfHeight = translator.Render(args[^1], Precedence.Multiplicative) + " / 2.0";
        return PolygonOf(
        [
            Vertex($"{longitude} - {halfWidth}", $"{latitude} - {halfHeight}"),
            Vertex($"{longitude} + {halfWidth}", $"{latitude} - {halfHeight}"),
            Vertex($"{longitude} + {halfWidth}", $"{latitude} + {halfHeight}"),
            Vertex($"{longitude} - {halfWidth}", $"{latitude} + {halfHeight}"),
        ]);
    }

    private string Polygon(GeometryCall call)
    {
        var args = call.Arguments;
        var vertices = bound.ValueOf(args[0]).Type == AdqlType.Point
            ? args.Select(a => translator.Render(a, Precedence.Lowest))
            : Enumerable.Range(0, args.Count / 2).Select(i => PointOf(args[2 * i], args[(2 * i) + 1]));
        return PolygonOf(vertices.ToList());
    }

    private static string Vertex(string longitude, string latitude) => $"spoint(radians({longitude}), radians({latitude}))";

    /// <summary>
    /// pg_sphere builds a polygon from any vertex expressions only with its spoly aggregate, so the
    /// vertices become numbered rows; the planner evaluates this once per query when it is constant.
    /// </summary>
    private static string PolygonOf(IReadOnlyList<string> vertices) =>
        "(SELECT spoly(vertex.p ORDER BY vertex.n) FROM (VALUES " +
        string.Join(", ", vertices.Select((v, i) => $"({i + 1}, {v})")) +
        ") AS vertex(n, p))";

    /// <summary>
    /// The condition of CONTAINS or INTERSECTS, at <see cref="Precedence.Other"/>. CONTAINS is pg_sphere's
    /// "contained in" (&lt;@). INTERSECTS is overlap (&amp;&amp;), except that pg_sphere has no overlap for
    /// points: a point intersects a region when the region contains it.
    /// </summary>
    public string Condition(GeometryCall call)
    {
        var a = translator.Render(call.Arguments[0], Precedence.Other + 1);
        var b = translator.Render(call.Arguments[1], Precedence.Other + 1);
        var aIsPoint = bound.ValueOf(call.Arguments[0]).Type == AdqlType.Point;
        var bIsPoint = bound.ValueOf(call.Arguments[1]).Type == AdqlType.Point;
        return call.Function switch
        {
            GeometryFunction.Contains => $"{a} <@ {b}",
            _ when aIsPoint && bIsPoint => $"{a} = {b}",
            _ when aIsPoint => $"{a} <@ {b}",
            _ when bIsPoint => $"{b} <@ {a}",
            _ => $"{a} && {b}",
        };
    }

    /// <summary>
    /// DISTANCE(p, q) &lt; r: "p in the circle of radius r around q" lets a GiST index on p find the
    /// candidates, and the exact distance test keeps the strict comparison's meaning.
    /// </summary>
    private void WriteCone(GeometryCall distance, ComparisonOperator op, Expression radius)
    {
        var (p, q) = DistancePoints(distance);
        var r = translator.Render(radius, Precedence.Comparison + 1);
        var radians = translator.Render(radius, Precedence.Lowest);
        translator.Append($"{p} <@ scircle({q}, radians({radians})) AND degrees({p} <-> {q}){SqlTranslator.ComparisonText(op)}{r}");
    }

    /// <summary>The two points of DISTANCE, the indexable one (a column) first.</summary>
    private (string P, string Q) DistancePoints(GeometryCall call)
    {
        var args = call.Arguments;
        var (first, second) = args.Count == 4
            ? (PointOf(args[0], args[1]), PointOf(args[2], args[3]))
            : (translator.Render(args[0], Precedence.Other + 1), translator.Render(args[1], Precedence.Other + 1));
        var (firstStored, secondStored) = args.Count == 4
            ? (IsStored(args[0]), IsStored(args[2]))
            : (IsStored(args[0]), IsStored(args[1]));
        return secondStored && !firstStored ? (second, first) : (first, second);
    }

    /// <summary>Whether a point (or the longitude of a pair) is a column, so an index may serve it.</summary>
    private bool IsStored(Expression point) => point switch
    {
        GeometryCall { Function: GeometryFunction.Point } call => bound.StoredPointOf(call.Arguments[0]) is not null,
        GeometryCall centroid => bound.StoredPointOf(centroid) is not null,
        ColumnReference column => bound.ValueOf(column).Type == AdqlType.Point || bound.StoredPointOf(column) is not null,
        _ => false,
    };

    private string Argument(GeometryCall call, int index) => translator.Render(call.Arguments[index], Precedence.Lowest);

    private static ComparisonOperator Mirror(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => ComparisonOperator.Greater,
        ComparisonOperator.LessOrEqual => ComparisonOperator.GreaterOrEqual,
        ComparisonOperator.Greater => ComparisonOperator.Less,
        ComparisonOperator.GreaterOrEqual => ComparisonOperator.LessOrEqual,
        _ => op,
    };
}
