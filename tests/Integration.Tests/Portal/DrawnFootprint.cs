using System.Globalization;
using Integration.Tests.Adql;

namespace Integration.Tests.Portal;

/// <summary>
/// A polygon of the sky view read back: its pixel corners turned into sky coordinates by inverting
/// the page's gnomonic projection from the parameters on the svg (data-ra0, data-dec0, data-scale,
/// data-pixel), with x growing to the west (RA to the left) and y to the south. Written from the
/// projection's formulas, not from the page's code, so a wrong drawing does not read back right.
/// </summary>
internal sealed record DrawnFootprint(IReadOnlyList<(double Ra, double Dec)> Corners, IReadOnlyList<int> Rows)
{
    public static DrawnFootprint Read(IReadOnlyDictionary<string, string> svg, string points, string rows)
    {
        double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
        var (ra0, dec0) = (Number(svg["ra0"]) * Math.PI / 180, Number(svg["dec0"]) * Math.PI / 180);
        var (scale, pixel) = (Number(svg["scale"]), Number(svg["pixel"]));
        var corners = points.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(point =>
        {
            var xy = point.Split(',');
            var xi = (pixel - Number(xy[0])) / scale * Math.PI / 180;
            var eta = (pixel - Number(xy[1])) / scale * Math.PI / 180;
            var rho = Math.Sqrt(xi * xi + eta * eta);
            if (rho == 0)
            {
                return (ra0 * 180 / Math.PI, dec0 * 180 / Math.PI);
            }

            var c = Math.Atan(rho);
            var dec = Math.Asin(Math.Cos(c) * Math.Sin(dec0) + eta * Math.Sin(c) * Math.Cos(dec0) / rho);
            var ra = ra0 + Math.Atan2(xi * Math.Sin(c), rho * Math.Cos(dec0) * Math.Cos(c) - eta * Math.Sin(dec0) * Math.Sin(c));
            return ((ra * 180 / Math.PI + 360) % 360, dec * 180 / Math.PI);
        }).ToList();
        return new DrawnFootprint(corners, rows.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList());
    }

    /// <summary>The corners of an s_region "POLYGON ICRS ra dec ...".</summary>
    public static IReadOnlyList<(double Ra, double Dec)> CornersOf(string region)
    {
        var numbers = region.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToList();
        return Enumerable.Range(0, numbers.Count / 2).Select(i => (numbers[2 * i], numbers[2 * i + 1])).ToList();
    }

    /// <summary>The largest distance (degrees) between these corners and the region's, in order.</summary>
    public double LargestOffsetFrom(IReadOnlyList<(double Ra, double Dec)> region)
    {
        Assert.Equal(region.Count, Corners.Count);
        return Corners.Zip(region).Max(pair => SphereMath.Distance(pair.First.Ra, pair.First.Dec, pair.Second.Ra, pair.Second.Dec));
    }
}
