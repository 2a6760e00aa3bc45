namespace SeedData.Generator.SkyMap;

/// <summary>Overlap of convex polygons on a plane by the separating-axis theorem.</summary>
internal static class ConvexPolygons
{
    /// <summary>True when the interiors overlap; polygons that only touch along an edge do not.</summary>
    public static bool Intersect(IReadOnlyList<(double X, double Y)> a, IReadOnlyList<(double X, double Y)> b) =>
        !HasSeparatingEdge(a, b) && !HasSeparatingEdge(b, a);

    private static bool HasSeparatingEdge(IReadOnlyList<(double X, double Y)> edges, IReadOnlyList<(double X, double Y)> other)
    {
        for (var i = 0; i < edges.Count; i++)
        {
            var (x1, y1) = edges[i];
            var (x2, y2) = edges[(i + 1) % edges.Count];
            var normal = (X: y2 - y1, Y: x1 - x2);
            var (minA, maxA) = Project(edges, normal);
            var (minB, maxB) = Project(other, normal);
            if (maxA <= minB || maxB <= minA)
            {
                return true;
            }
        }

        return false;
    }

    private static (double Min, double Max) Project(IReadOnlyList<(double X, double Y)> polygon, (double X, double Y) axis)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var (x, y) in polygon)
        {
            var value = x * axis.X + y * axis.Y;
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        return (min, max);
    }
}
