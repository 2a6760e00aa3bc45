using ObsCore.Model.Geometry;

namespace Soda.Service.Description;

/// <summary>
/// The smallest spherical circle holding a set of points within a hemisphere (so also the great-circle
/// edges between them): Welzl's incremental construction with circles through one, two or three points.
/// </summary>
internal static class CoveringCircle
{
    /// <summary>How far outside a circle a point may lie and still count as held, in radians (rounding).</summary>
    private const double Slack = 1e-12;

    public static (SkyPoint Centre, double RadiusDegrees) Of(IReadOnlyList<SkyPoint> points)
    {
        var v = points.Select(p => p.ToUnitVector()).ToArray();
        var cap = new Cap(v[0], 0);
        for (var i = 1; i < v.Length; i++)
        {
            if (cap.Holds(v[i]))
            {
                continue;
            }

            cap = new Cap(v[i], 0);
            for (var j = 0; j < i; j++)
            {
                if (cap.Holds(v[j]))
                {
                    continue;
                }

                cap = Cap.Through(v[i], v[j]);
                for (var k = 0; k < j; k++)
                {
                    if (!cap.Holds(v[k]))
                    {
                        cap = Cap.Through(v[i], v[j], v[k]);
                    }
                }
            }
        }

        return (SkyPoint.FromVector(cap.Centre), double.RadiansToDegrees(cap.Radius));
    }

    private static double Angle(Vector3D a, Vector3D b) => Math.Atan2(a.Cross(b).Length, a.Dot(b));

    private static Vector3D Minus(Vector3D a, Vector3D b) => a + (-1 * b);

    private readonly record struct Cap(Vector3D Centre, double Radius)
    {
        public bool Holds(Vector3D point) => Angle(Centre, point) <= Radius + Slack;

        /// <summary>The circle with a and b at the ends of a diameter.</summary>
        public static Cap Through(Vector3D a, Vector3D b)
        {
            var centre = (a + b).Normalized();
            return new Cap(centre, Math.Max(Angle(centre, a), Angle(centre, b)));
        }

        /// <summary>The circle through a, b and c, centred on their side; points on one great circle give the widest pair's.</summary>
        public static Cap Through(Vector3D a, Vector3D b, Vector3D c)
        {
            var normal = Minus(b, a).Cross(Minus(c, a));
            if (normal.Length < 1e-15)
            {
                return new[] { Through(a, b), Through(a, c), Through(b, c) }.MaxBy(cap => cap.Radius);
            }

            var centre = normal.Normalized();
            centre = centre.Dot(a) < 0 ? -1 * centre : centre;
            return new Cap(centre, Math.Max(Angle(centre, a), Math.Max(Angle(centre, b), Angle(centre, c))));
        }
    }
}
