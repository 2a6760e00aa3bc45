using Fits;

namespace Soda.Service.Planning;

/// <summary>
/// The extent, in 1-based pixel coordinates, of the points found inside an image (the rectangle
/// 0.5..NAXIS + 0.5 on each axis), and the box of whole pixels it covers.
/// </summary>
internal sealed class PixelExtent(long naxis1, long naxis2)
{
    private const double Low = 0.5;

    private readonly double _right = naxis1 + 0.5;
    private readonly double _top = naxis2 + 0.5;
    private double _xMin = double.PositiveInfinity;
    private double _xMax = double.NegativeInfinity;
    private double _yMin = double.PositiveInfinity;
    private double _yMax = double.NegativeInfinity;

    /// <summary>The image's outer corners, counter-clockwise from (0.5, 0.5).</summary>
    public IReadOnlyList<(double X, double Y)> Corners => [(Low, Low), (_right, Low), (_right, _top), (Low, _top)];

    /// <summary>Adds a point of the image, its coordinates held to the image's edges against rounding.</summary>
    public void Add(double x, double y)
    {
        x = Math.Clamp(x, Low, _right);
        y = Math.Clamp(y, Low, _top);
        _xMin = Math.Min(_xMin, x);
        _xMax = Math.Max(_xMax, x);
        _yMin = Math.Min(_yMin, y);
        _yMax = Math.Max(_yMax, y);
    }

    /// <summary>Adds the part of the segment inside the image, if any (Liang–Barsky clipping).</summary>
    public void AddSegment(double x0, double y0, double x1, double y1)
    {
        var (dx, dy) = (x1 - x0, y1 - y0);
        var (enter, leave) = (0.0, 1.0);
        foreach (var (p, q) in (ReadOnlySpan<(double, double)>)[(-dx, x0 - Low), (dx, _right - x0), (-dy, y0 - Low), (dy, _top - y0)])
        {
            if (p == 0)
            {
                if (q < 0)
                {
                    return;
                }

                continue;
            }

            var t = q / p;
            if (p < 0)
            {
                enter = Math.Max(enter, t);
            }
            else
            {
                leave = Math.Min(leave, t);
            }
        }

        if (enter <= leave)
        {
            Add(x0 + (enter * dx), y0 + (enter * dy));
            Add(x0 + (leave * dx), y0 + (leave * dy));
        }
    }

    /// <summary>
    /// The pixels the extent covers: pixel k spans k - 0.5 .. k + 0.5, and one the extent only touches
    /// at its edge is left out (an extent of zero width keeps one pixel). Null when nothing was added.
    /// </summary>
    public PixelBox? ToPixelBox()
    {
        if (_xMin > _xMax)
        {
            return null;
        }

        var (xFirst, yFirst) = (First(_xMin, naxis1), First(_yMin, naxis2));
        return new PixelBox(xFirst, Last(_xMax, xFirst, naxis1), yFirst, Last(_yMax, yFirst, naxis2));
    }

    private static long First(double min, long size) => Math.Clamp((long)Math.Floor(min + 0.5), 1, size);

    private static long Last(double max, long first, long size) => Math.Max(first, Math.Clamp((long)Math.Ceiling(max - 0.5), 1, size));
}
