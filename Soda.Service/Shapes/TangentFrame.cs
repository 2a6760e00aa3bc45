using ObsCore.Model.Geometry;

namespace Soda.Service.Shapes;

/// <summary>
/// Directions about a point of the sky: east and north at <see cref="Centre"/>, for offsets from it and
/// for the gnomonic projection onto the plane touching the sphere there, in which every great circle
/// is a straight line.
/// </summary>
internal readonly record struct TangentFrame(Vector3D Centre, Vector3D East, Vector3D North)
{
    public static TangentFrame At(Vector3D centre)
    {
        var east = new Vector3D(0, 0, 1).Cross(centre);
        // At a pole every direction is south (or north); any east will do.
        east = east.Length < 1e-12 ? new Vector3D(0, 1, 0) : east.Normalized();
        return new TangentFrame(centre, east, centre.Cross(east));
    }

    /// <summary>The point <paramref name="distance"/> radians from the centre, toward position angle <paramref name="angle"/> (radians, north through east).</summary>
    public Vector3D Offset(double distance, double angle) =>
        (Math.Cos(distance) * Centre) + (Math.Sin(distance) * ((Math.Cos(angle) * North) + (Math.Sin(angle) * East)));

    /// <summary>Gnomonic coordinates (tangent units, east and north) of a direction less than 90° from the centre; null otherwise.</summary>
    public (double X, double Y)? Project(Vector3D direction)
    {
        var along = direction.Dot(Centre);
        return along > 0 ? (direction.Dot(East) / along, direction.Dot(North) / along) : null;
    }
}
