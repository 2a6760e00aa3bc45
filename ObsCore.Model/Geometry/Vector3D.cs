namespace ObsCore.Model.Geometry;

/// <summary>A direction in space; positions on the sky are unit vectors of this kind.</summary>
public readonly record struct Vector3D(double X, double Y, double Z)
{
    public double Dot(Vector3D other) => X * other.X + Y * other.Y + Z * other.Z;

    public Vector3D Cross(Vector3D other) =>
        new(Y * other.Z - Z * other.Y, Z * other.X - X * other.Z, X * other.Y - Y * other.X);

    public double Length => Math.Sqrt(Dot(this));

    public Vector3D Normalized()
    {
        var length = Length;
        return new Vector3D(X / length, Y / length, Z / length);
    }

    public static Vector3D operator +(Vector3D a, Vector3D b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    public static Vector3D operator *(double factor, Vector3D v) => new(factor * v.X, factor * v.Y, factor * v.Z);
}
