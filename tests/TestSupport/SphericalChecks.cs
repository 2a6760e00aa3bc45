using ObsCore.Model.Geometry;

namespace TestSupport;

/// <summary>Spherical geometry written independently of the model's and the generator's shortcuts, to check their output.</summary>
public static class SphericalChecks
{
    /// <summary>Inside a convex polygon wound counter-clockwise as seen from the origin.</summary>
    public static bool Contains(SkyPolygon polygon, SkyPoint point)
    {
        var p = point.ToUnitVector();
        return Edges(polygon).All(edge => edge.A.Cross(edge.B).Dot(p) < 0);
    }

    public static bool Overlap(SkyPolygon a, SkyPolygon b) =>
        a.Vertices.Any(v => Contains(b, v))
        || b.Vertices.Any(v => Contains(a, v))
        || Edges(a).Any(ea => Edges(b).Any(eb => ArcsCross(ea.A, ea.B, eb.A, eb.B)));

    public static IEnumerable<(Vector3D A, Vector3D B)> Edges(SkyPolygon polygon) =>
        polygon.Vertices.Select((v, i) => (v.ToUnitVector(), polygon.Vertices[(i + 1) % polygon.Vertices.Count].ToUnitVector()));

    /// <summary>Whether two short great-circle arcs cross: each arc's ends lie on opposite sides of the other's circle.</summary>
    private static bool ArcsCross(Vector3D a, Vector3D b, Vector3D c, Vector3D d)
    {
        var n1 = a.Cross(b);
        var n2 = c.Cross(d);
        return Math.Sign(n1.Dot(c)) * Math.Sign(n1.Dot(d)) < 0
            && Math.Sign(n2.Dot(a)) * Math.Sign(n2.Dot(b)) < 0;
    }
}
