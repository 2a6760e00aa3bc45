using Dali;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using ObsCore.Model.Geometry;
using Soda.Service.Values;

namespace Soda.Service.Shapes;

/// <summary>
/// A spherical polygon whose edges are great-circle arcs, lying within a hemisphere. Its vertices may
/// wind either way: the region is the side of the boundary inside that hemisphere (the smaller one),
/// which is what any cutout polygon means. A last vertex repeating the first (a closed ring, as STC-S
/// writers give it) is an edge of no length, so it is accepted. Checked and tested in the gnomonic
/// plane about the vertices' mean direction, where its edges are straight lines, so the planar tests
/// are exact.
/// </summary>
public sealed class PolygonShape : SodaShape
{
    private static readonly GeometryFactory Planar = new();

    private readonly TangentFrame _plane;
    private readonly Coordinate[] _ring;

    private PolygonShape(IReadOnlyList<SkyPoint> vertices, TangentFrame plane, Coordinate[] ring)
    {
        Vertices = vertices;
        _plane = plane;
        _ring = ring;
    }

    public IReadOnlyList<SkyPoint> Vertices { get; }

    /// <summary>The polygon through <paramref name="vertices"/> (positions already checked), or a usage error of <paramref name="parameter"/>.</summary>
    internal static PolygonShape Create(string parameter, IReadOnlyList<SkyPoint> vertices)
    {
        var sum = new Vector3D(0, 0, 0);
        foreach (var vertex in vertices)
        {
            sum += vertex.ToUnitVector();
        }

        var plane = TangentFrame.At(sum.Length > 1e-9 ? sum.Normalized() : new Vector3D(0, 0, 1));
        var projected = vertices.Select(v => plane.Project(v.ToUnitVector())).ToArray();
        if (sum.Length <= 1e-9 || projected.Any(p => p is null))
        {
            throw new DaliParameterException(parameter,
                "the polygon must lie within a hemisphere: every vertex less than 90 degrees from the vertices' mean direction");
        }

        var ring = projected.Append(projected[0]).Select(p => new Coordinate(p!.Value.X, p.Value.Y)).ToArray();
        var planar = Planar.CreatePolygon(ring);
        if (!planar.IsValid || planar.Area <= 0)
        {
            throw new DaliParameterException(parameter,
                "the polygon's edges cross or touch each other (or a vertex repeats); give the vertices in order around the boundary");
        }

        return new PolygonShape(vertices, plane, ring);
    }

    public override bool Contains(SkyPoint point) =>
        _plane.Project(point.ToUnitVector()) is { } p && PointLocation.IsInRing(new Coordinate(p.X, p.Y), _ring);

    public override string ToString() =>
        "POLYGON " + string.Join(' ', Vertices.Select(v => $"{DaliNumbers.Format(v.Ra)} {DaliNumbers.Format(v.Dec)}"));

    internal override IEnumerable<BoundaryArc> Boundary()
    {
        for (var i = 0; i < Vertices.Count; i++)
        {
            var from = Vertices[i];
            var to = Vertices[(i + 1) % Vertices.Count];
            yield return GreatCircleArc(from.ToUnitVector(), to.ToUnitVector(), from.SeparationDegrees(to));
        }
    }

    /// <summary>The shorter great-circle arc from a to b, at even speed (spherical linear interpolation).</summary>
    private static BoundaryArc GreatCircleArc(Vector3D a, Vector3D b, double lengthDegrees)
    {
        var angle = double.DegreesToRadians(lengthDegrees);
        var sine = Math.Sin(angle);
        return new BoundaryArc(
            t => SkyPoint.FromVector(sine < 1e-12
                ? ((1 - t) * a) + (t * b)
                : ((Math.Sin((1 - t) * angle) / sine) * a) + ((Math.Sin(t * angle) / sine) * b)),
            lengthDegrees);
    }
}
