using ObsCore.Model.Geometry;

namespace SeedData.Generator.Geometry;

/// <summary>
/// Gnomonic projection about a centre: x points east, y north, both in radians on the tangent plane.
/// Straight lines on the plane are great circles on the sky, so a rectangle of the focal plane or a
/// sky-map patch projects onto a spherical quadrilateral whose edges pg_sphere represents exactly.
/// </summary>
public sealed class TangentPlane
{
    private readonly Vector3D _centre;
    private readonly Vector3D _east;
    private readonly Vector3D _north;

    public TangentPlane(SkyPoint centre)
    {
        Centre = centre;
        var ra = double.DegreesToRadians(centre.Ra);
        var dec = double.DegreesToRadians(centre.Dec);
        _centre = centre.ToUnitVector();
        _east = new Vector3D(-Math.Sin(ra), Math.Cos(ra), 0);
        _north = new Vector3D(-Math.Sin(dec) * Math.Cos(ra), -Math.Sin(dec) * Math.Sin(ra), Math.Cos(dec));
    }

    public SkyPoint Centre { get; }

    public SkyPoint ToSky(double x, double y) => SkyPoint.FromVector((_centre + x * _east + y * _north).Normalized());

    /// <summary>Projects a point of the hemisphere around the centre; null for points 90° or more away.</summary>
    public (double X, double Y)? ToPlane(SkyPoint point)
    {
        var v = point.ToUnitVector();
        var w = v.Dot(_centre);
        return w <= 0 ? null : (v.Dot(_east) / w, v.Dot(_north) / w);
    }
}
