using ObsCore.Model.Geometry;

namespace SeedData.Generator.SkyMap;

/// <summary>
/// A rings sky map like the LSST pipelines': declination rings 1.5° high, each cut into tracts about
/// 1.5° wide in right ascension and numbered from the south pole. A tract's patch grid (1.78° a side)
/// is larger than its cell, so neighbouring tracts overlap as real ones do. Valid away from the poles
/// (|dec| below about 80°), which the survey tiling respects.
/// </summary>
public sealed class RingsSkyMap
{
    private const double RingHeightDegrees = 1.5;
    private const int Rings = 120;

    private readonly int[] _firstTractOfRing = new int[Rings + 1];
    private readonly Dictionary<int, Tract> _tracts = [];

    public RingsSkyMap()
    {
        for (var ring = 0; ring < Rings; ring++)
        {
            _firstTractOfRing[ring + 1] = _firstTractOfRing[ring] + TractsInRing(ring);
        }
    }

    /// <summary>
    /// The tract whose cell holds the point and those of the cells around it: every tract whose patch
    /// grid can reach a CCD near the point, since grids reach beyond their cells.
    /// </summary>
    public IEnumerable<Tract> TractsNear(SkyPoint point)
    {
        var ring = RingOf(point.Dec);
        for (var r = Math.Max(0, ring - 1); r <= Math.Min(Rings - 1, ring + 1); r++)
        {
            var count = TractsInRing(r);
            var index = (int)Math.Round(point.Ra / 360 * count);
            foreach (var i in new[] { index - 1, index, index + 1 }.Select(i => ((i % count) + count) % count).Distinct())
            {
                yield return Tract(r, i);
            }
        }
    }

    private Tract Tract(int ring, int index)
    {
        var id = _firstTractOfRing[ring] + index;
        if (!_tracts.TryGetValue(id, out var tract))
        {
            var centre = new SkyPoint(360.0 * index / TractsInRing(ring), RingCentre(ring));
            _tracts[id] = tract = new Tract(id, centre);
        }

        return tract;
    }

    private static int RingOf(double dec) => Math.Clamp((int)Math.Floor((dec + 90) / RingHeightDegrees), 0, Rings - 1);

    private static double RingCentre(int ring) => -90 + (ring + 0.5) * RingHeightDegrees;

    private static int TractsInRing(int ring) =>
        Math.Max(1, (int)Math.Round(360 * Math.Cos(double.DegreesToRadians(RingCentre(ring))) / RingHeightDegrees));
}
