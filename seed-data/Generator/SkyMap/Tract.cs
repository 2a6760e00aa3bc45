using SeedData.Generator.Camera;
using ObsCore.Model.Geometry;
using SeedData.Generator.Geometry;

namespace SeedData.Generator.SkyMap;

/// <summary>
/// One tract of the sky map: a tangent plane about its centre with one pixel grid, divided into a
/// square grid of patches numbered row by row (patch = y × <see cref="PatchesPerSide"/> + x) as the
/// Butler numbers them. As in the LSST sky maps, the tract's pixel x grows towards the west and y
/// towards the north, so a patch image shows the sky as seen (north up, east left).
/// </summary>
public sealed class Tract
{
    public const int PatchesPerSide = 10;
    public const int PatchPixels = 3200;
    public static readonly double PatchSideRadians = double.DegreesToRadians(PatchPixels * LsstCam.PixelScaleArcsec / 3600);

    private readonly TangentPlane _plane;

    public Tract(int id, SkyPoint centre)
    {
        Id = id;
        _plane = new TangentPlane(centre);
    }

    public int Id { get; }

    public SkyPoint Centre => _plane.Centre;

    /// <summary>Side of the whole patch grid in degrees.</summary>
    public static double SideDegrees => double.RadiansToDegrees(PatchesPerSide * PatchSideRadians);

    /// <summary>The patch's first pixel in the tract's pixel grid (0-based): its XY0.</summary>
    public static (int X0, int Y0) PatchOrigin(int patch) =>
        (patch % PatchesPerSide * PatchPixels, patch / PatchesPerSide * PatchPixels);

    /// <summary>The patch's corners on the sky: the outer corners of its pixels (1, 1), (NAXIS1, 1), (NAXIS1, NAXIS2), (1, NAXIS2).</summary>
    public SkyPolygon PatchFootprint(int patch)
    {
        var corners = PatchCorners(patch % PatchesPerSide, patch / PatchesPerSide);
        return SkyPolygon.FromVertices([.. corners.Select(c => _plane.ToSky(-c.West, c.North))]);
    }

    /// <summary>The patches of this tract that a footprint overlaps, in patch order.</summary>
    public IEnumerable<int> OverlappingPatches(SkyPolygon footprint)
    {
        var projected = new List<(double West, double North)>(footprint.Vertices.Count);
        foreach (var vertex in footprint.Vertices)
        {
            if (_plane.ToPlane(vertex) is not { } point)
            {
                yield break;
            }

            projected.Add((-point.X, point.Y));
        }

        // Gnomonic projection keeps great-circle edges straight, so the overlap test is exact on the plane.
        var first = (int)Math.Floor(projected.Min(p => p.West) / PatchSideRadians + PatchesPerSide / 2.0);
        var last = (int)Math.Floor(projected.Max(p => p.West) / PatchSideRadians + PatchesPerSide / 2.0);
        var bottom = (int)Math.Floor(projected.Min(p => p.North) / PatchSideRadians + PatchesPerSide / 2.0);
        var top = (int)Math.Floor(projected.Max(p => p.North) / PatchSideRadians + PatchesPerSide / 2.0);
        for (var y = Math.Max(0, bottom); y <= Math.Min(PatchesPerSide - 1, top); y++)
        {
            for (var x = Math.Max(0, first); x <= Math.Min(PatchesPerSide - 1, last); x++)
            {
                if (ConvexPolygons.Intersect(projected, PatchCorners(x, y)))
                {
                    yield return y * PatchesPerSide + x;
                }
            }
        }
    }

    /// <summary>A patch's corners on the tangent plane, measured west and north of the tract centre, in pixel-corner order.</summary>
    private static (double West, double North)[] PatchCorners(int x, int y)
    {
        var left = (x - PatchesPerSide / 2.0) * PatchSideRadians;
        var bottom = (y - PatchesPerSide / 2.0) * PatchSideRadians;
        var right = left + PatchSideRadians;
        var top = bottom + PatchSideRadians;
        return [(left, bottom), (right, bottom), (right, top), (left, top)];
    }
}
