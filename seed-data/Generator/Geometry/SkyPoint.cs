namespace SeedData.Generator.Geometry;

/// <summary>An ICRS position in degrees, right ascension in [0, 360).</summary>
public readonly record struct SkyPoint(double Ra, double Dec)
{
    public Vector3D ToUnitVector()
    {
        var ra = double.DegreesToRadians(Ra);
        var dec = double.DegreesToRadians(Dec);
        return new Vector3D(Math.Cos(dec) * Math.Cos(ra), Math.Cos(dec) * Math.Sin(ra), Math.Sin(dec));
    }

    public static SkyPoint FromVector(Vector3D v)
    {
        var ra = double.RadiansToDegrees(Math.Atan2(v.Y, v.X));
        var dec = double.RadiansToDegrees(Math.Atan2(v.Z, Math.Sqrt(v.X * v.X + v.Y * v.Y)));
        return new SkyPoint(ra < 0 ? ra + 360 : ra, dec);
    }

    /// <summary>Great-circle distance in degrees.</summary>
    public double DistanceTo(SkyPoint other)
    {
        var a = ToUnitVector();
        var b = other.ToUnitVector();
        // atan2 of |a×b| and a·b stays accurate for the tiny separations between CCD corners.
        return double.RadiansToDegrees(Math.Atan2(a.Cross(b).Length, a.Dot(b)));
    }
}
