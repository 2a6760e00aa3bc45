namespace Integration.Tests.Adql;

/// <summary>
/// Spherical geometry computed independently of pg_sphere, with unit vectors, to check what the
/// translated SQL returns. Angles in degrees.
/// </summary>
public static class SphereMath
{
    public readonly record struct Vector(double X, double Y, double Z)
    {
        public static Vector Of(double lon, double lat)
        {
            var (l, b) = (lon * Math.PI / 180, lat * Math.PI / 180);
            return new(Math.Cos(b) * Math.Cos(l), Math.Cos(b) * Math.Sin(l), Math.Sin(b));
        }

        public double Dot(Vector o) => (X * o.X) + (Y * o.Y) + (Z * o.Z);

        public Vector Cross(Vector o) => new((Y * o.Z) - (Z * o.Y), (Z * o.X) - (X * o.Z), (X * o.Y) - (Y * o.X));

        public double Norm => Math.Sqrt(Dot(this));
    }

    /// <summary>Great-circle distance by the atan2 formula, accurate at all separations.</summary>
    public static double Distance(double lon1, double lat1, double lon2, double lat2)
    {
        var (a, b) = (Vector.Of(lon1, lat1), Vector.Of(lon2, lat2));
        return Math.Atan2(a.Cross(b).Norm, a.Dot(b)) * 180 / Math.PI;
    }

    /// <summary>
    /// Inside a convex polygon of any orientation: on the same side of every edge's great circle as
    /// the polygon's centre (which also rules out the antipodal polygon).
    /// </summary>
    public static bool InConvexPolygon(double lon, double lat, IReadOnlyList<(double Lon, double Lat)> vertices)
    {
        var p = Vector.Of(lon, lat);
        var centre = vertices.Select(v => Vector.Of(v.Lon, v.Lat)).Aggregate((a, b) => new Vector(a.X + b.X, a.Y + b.Y, a.Z + b.Z));
        return Edges(vertices).All(e => Math.Sign(e.A.Cross(e.B).Dot(p)) * Math.Sign(e.A.Cross(e.B).Dot(centre)) >= 0);
    }

    /// <summary>Smallest distance from a point to the polygon's boundary (great-circle arcs).</summary>
    public static double DistanceToBoundary(double lon, double lat, IReadOnlyList<(double Lon, double Lat)> vertices)
    {
        var p = Vector.Of(lon, lat);
        return Edges(vertices).Min(e => DistanceToArc(p, e.A, e.B)) * 180 / Math.PI;
    }

    /// <summary>Area of a convex polygon in square degrees: its triangles' spherical excesses (Van Oosterom and Strackee).</summary>
    public static double ConvexPolygonArea(IReadOnlyList<(double Lon, double Lat)> vertices)
    {
        var v = vertices.Select(x => Vector.Of(x.Lon, x.Lat)).ToList();
        var steradians = 0.0;
        for (var i = 1; i + 1 < v.Count; i++)
        {
            var (a, b, c) = (v[0], v[i], v[i + 1]);
            steradians += 2 * Math.Atan2(Math.Abs(a.Dot(b.Cross(c))), 1 + a.Dot(b) + b.Dot(c) + c.Dot(a));
        }

        return steradians * Math.Pow(180 / Math.PI, 2);
    }

    private static double DistanceToArc(Vector p, Vector a, Vector b)
    {
        var normal = a.Cross(b);
        var n = new Vector(normal.X / normal.Norm, normal.Y / normal.Norm, normal.Z / normal.Norm);
        var offPlane = p.Dot(n);
        var projected = new Vector(p.X - (offPlane * n.X), p.Y - (offPlane * n.Y), p.Z - (offPlane * n.Z));

        // The foot of the perpendicular lies on the arc when it is between a and b.
        var onArc = a.Cross(projected).Dot(normal) >= 0 && projected.Cross(b).Dot(normal) >= 0;
        return onArc
            ? Math.Abs(Math.Asin(Math.Clamp(offPlane, -1, 1)))
            : Math.Min(Angle(p, a), Angle(p, b));
    }

    private static double Angle(Vector a, Vector b) => Math.Atan2(a.Cross(b).Norm, a.Dot(b));

    private static IEnumerable<(Vector A, Vector B)> Edges(IReadOnlyList<(double Lon, double Lat)> vertices) =>
        vertices.Select((v, i) => (Vector.Of(v.Lon, v.Lat), Vector.Of(vertices[(i + 1) % vertices.Count].Lon, vertices[(i + 1) % vertices.Count].Lat)));
}
