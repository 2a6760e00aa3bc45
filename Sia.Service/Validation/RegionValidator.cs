using FluentValidation;
using NetTopologySuite.Geometries;
using ObsCore.Model.Geometry;
using Sia.Service.Values;

namespace Sia.Service.Validation;

/// <summary>Checks a POS region: coordinates on the sphere, a positive radius, a simple polygon, and the advertised size limit.</summary>
internal sealed class RegionValidator : AbstractValidator<SkyRegion>
{
    private static readonly GeometryFactory Planar = new();

    public RegionValidator(double maxDiameter)
    {
        RuleFor(r => r).Must(r => InRange(r is CircleRegion c ? [new SkyPoint(c.Ra, c.Dec)] : r.ExtentPoints()))
            .WithMessage("declinations must lie in -90..90 and right ascensions in 0..360 degrees");

        RuleFor(r => (CircleRegion)r).ChildRules(circle =>
            circle.RuleFor(c => c.Radius).GreaterThan(0).WithMessage("the CIRCLE radius must be positive"))
            .When(r => r is CircleRegion);

        RuleFor(r => (RangeRegion)r).ChildRules(range =>
        {
            range.RuleFor(g => g.Ra).Must(i => i.Lower <= i.Upper).WithMessage("RANGE ra_min is greater than ra_max");
            range.RuleFor(g => g.Dec).Must(i => i.Lower <= i.Upper).WithMessage("RANGE dec_min is greater than dec_max");
        }).When(r => r is RangeRegion);

        RuleFor(r => (PolygonRegion)r).ChildRules(polygon =>
        {
            polygon.RuleFor(p => p.Vertices.Count).GreaterThanOrEqualTo(3)
                .WithMessage("a POLYGON needs at least 3 vertices, it has {PropertyValue}");
            polygon.RuleFor(p => p.Vertices).Must(IsSimple).When(p => p.Vertices.Count >= 3)
                .WithMessage("the POLYGON's edges intersect each other (or it repeats a vertex); give its vertices in order around its boundary");
        }).When(r => r is PolygonRegion);

        RuleFor(r => Diameter(r.ExtentPoints())).LessThanOrEqualTo(maxDiameter).OverridePropertyName("region")
            .WithMessage((_, diameter) => FormattableString.Invariant(
                $"the region spans {diameter:0.###} degrees; the largest region accepted spans {maxDiameter} degrees"));
    }

    private static bool InRange(IEnumerable<SkyPoint> points) =>
        points.All(p => p.Dec is >= -90 and <= 90 && p.Ra is >= 0 and <= 360);

    private static double Diameter(IEnumerable<SkyPoint> points)
    {
        var all = points.ToArray();
        return all.SelectMany(a => all.Select(a.SeparationDegrees)).DefaultIfEmpty(0).Max();
    }

    /// <summary>
    /// Planar check in (ra, dec) after unwrapping RA around the first vertex, so a polygon across
    /// RA 0/360 is not seen as crossing itself; fine for the small regions accepted.
    /// </summary>
    private static bool IsSimple(IReadOnlyList<SkyPoint> vertices)
    {
        var reference = vertices[0].Ra;
        var ring = vertices.Append(vertices[0])
            .Select(v => new Coordinate(reference + (((v.Ra - reference + 540) % 360) - 180), v.Dec))
            .ToArray();
        var polygon = Planar.CreatePolygon(ring);
        return polygon.IsValid && polygon.Area > 0;
    }
}
