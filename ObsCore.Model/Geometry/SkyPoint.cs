namespace ObsCore.Model.Geometry;

/// <summary>
/// An ICRS position in degrees. Positions this library makes have right ascension in [0, 360);
/// the arithmetic accepts any right ascension, as user input may give (e.g. 360 or -10).
/// </summary>
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

    /// <summary>Great-circle distance in degrees, from 0 to 180.</summary>
    public double SeparationDegrees(SkyPoint other)
    {
        var a = ToUnitVector();
        var b = other.ToUnitVector();
        // atan2 of |a×b| and a·b stays accurate at every separation, unlike acos (near 0 and 180°)
        // or asin (near 90°): CCD corners are arcseconds apart, search regions up to the whole sky.
        return double.RadiansToDegrees(Math.Atan2(a.Cross(b).Length, a.Dot(b)));
    }
}
