using ObsCore.Model.Geometry;

namespace Soda.Service.Shapes;

/// <summary>
/// One piece of a region's boundary on the sky, <paramref name="At"/> running along it at even speed
/// as t goes from 0 to 1, so that a part of it from t0 to t1 is (t1 - t0) × <paramref name="LengthDegrees"/> long.
/// </summary>
internal sealed record BoundaryArc(Func<double, SkyPoint> At, double LengthDegrees);
