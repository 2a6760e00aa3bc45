using ObsCore.Model.Geometry;
using Soda.Service.Values;
using Dali;

namespace Soda.Service.Shapes;

/// <summary>A spherical circle (cap): the points at most <see cref="Radius"/> degrees from <see cref="Centre"/>; the radius lies in (0, 180].</summary>
public sealed class CircleShape : SodaShape
{
    internal CircleShape(SkyPoint centre, double radius)
    {
        Centre = centre;
        Radius = radius;
    }

    public SkyPoint Centre { get; }

    public double Radius { get; }

    public override bool Contains(SkyPoint point) => Centre.SeparationDegrees(point) <= Radius;

    public override string ToString() =>
        $"CIRCLE {DaliNumbers.Format(Centre.Ra)} {DaliNumbers.Format(Centre.Dec)} {DaliNumbers.Format(Radius)}";

    internal override IEnumerable<BoundaryArc> Boundary()
    {
        var frame = TangentFrame.At(Centre.ToUnitVector());
        var radius = double.DegreesToRadians(Radius);
        // A small circle of angular radius r is 360 × sin(r) degrees of arc around.
        yield return new BoundaryArc(t => SkyPoint.FromVector(frame.Offset(radius, 2 * Math.PI * t)), 360 * Math.Sin(radius));
    }
}
