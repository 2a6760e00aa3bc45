using ObsCore.Model.Geometry;
using Soda.Service.Shapes;

namespace Soda.Service.Planning;

/// <summary>
/// Follows a region's boundary through the image's projection and adds to the extent the parts that
/// fall inside the image. First on the sphere, parts too far from the image to reach it are dropped
/// (a part of length L lies within L/2 of one of its ends); then near the image each part is split
/// until it is straight in pixels to <see cref="Tolerance"/>, and the straight pieces are clipped to
/// the image. Parts the projection cannot map (behind a TAN plane) lie outside the image and are dropped.
/// </summary>
internal sealed class BoundaryTracer
{
    /// <summary>How far, in pixels, the traced pieces may stray from the true boundary.</summary>
    public const double Tolerance = 0.01;

    /// <summary>Samples per image edge for the image's reach on the sky; more than enough for a smooth WCS.</summary>
    private const int EdgeSamples = 16;

    /// <summary>Halvings allowed: far past what a smooth projection needs, a bound for one that is not.</summary>
    private const int MaxDepth = 48;

    private readonly ImageGeometry _image;
    private readonly PixelExtent _extent;
    private readonly SkyPoint _centre;
    private readonly double _reach;
    private readonly double _maxChord;

    public BoundaryTracer(ImageGeometry image, PixelExtent extent)
    {
        _image = image;
        _extent = extent;
        var (width, height) = (image.Naxis1, image.Naxis2);
        _centre = Sky((width + 1) / 2.0, (height + 1) / 2.0);
        // The largest distance from the centre to the image's edge, with room for curvature between samples.
        var edge = Enumerable.Range(0, EdgeSamples + 1).Select(k => (double)k / EdgeSamples).SelectMany(f => new[]
        {
            Sky(0.5 + (f * width), 0.5), Sky(0.5 + (f * width), height + 0.5),
            Sky(0.5, 0.5 + (f * height)), Sky(width + 0.5, 0.5 + (f * height)),
        });
        _reach = (edge.Max(_centre.SeparationDegrees) * 1.01) + 1e-9;
        // Long chords are split even when their middle is on the line, so that no bend hides between samples.
        _maxChord = Math.Max(8, Math.Max(width, height) / 8.0);
    }

    public void Trace(BoundaryArc arc) => Cull(arc, 0, arc.At(0), 1, arc.At(1), 0);

    private void Cull(BoundaryArc arc, double t0, SkyPoint a, double t1, SkyPoint b, int depth)
    {
        var length = arc.LengthDegrees * (t1 - t0);
        if (Math.Min(_centre.SeparationDegrees(a), _centre.SeparationDegrees(b)) > _reach + (length / 2))
        {
            return;
        }

        if (length <= _reach / 2 || depth >= MaxDepth)
        {
            Refine(arc, t0, Project(a), t1, Project(b), 0);
            return;
        }

        var middle = (t0 + t1) / 2;
        var m = arc.At(middle);
        Cull(arc, t0, a, middle, m, depth + 1);
        Cull(arc, middle, m, t1, b, depth + 1);
    }

    private void Refine(BoundaryArc arc, double t0, Pixel a, double t1, Pixel b, int depth)
    {
        var middle = (t0 + t1) / 2;
        var m = Project(arc.At(middle));
        if (!a.IsValid && !b.IsValid && !m.IsValid)
        {
            return;
        }

        if (a.IsValid && b.IsValid && m.IsValid && IsStraight(a, m, b))
        {
            _extent.AddSegment(a.X, a.Y, b.X, b.Y);
            return;
        }

        if (depth >= MaxDepth)
        {
            foreach (var end in (ReadOnlySpan<Pixel>)[a, b])
            {
                if (end.IsValid)
                {
                    _extent.AddSegment(end.X, end.Y, end.X, end.Y);
                }
            }

            return;
        }

        Refine(arc, t0, a, middle, m, depth + 1);
        Refine(arc, middle, m, t1, b, depth + 1);
    }

    private bool IsStraight(Pixel a, Pixel m, Pixel b) =>
        Math.Abs(b.X - a.X) + Math.Abs(b.Y - a.Y) <= _maxChord
        && Math.Abs(m.X - ((a.X + b.X) / 2)) + Math.Abs(m.Y - ((a.Y + b.Y) / 2)) <= Tolerance;

    private Pixel Project(SkyPoint point) =>
        _image.SkyToPixel(point.Ra, point.Dec, out var x, out var y) ? new Pixel(x, y) : new Pixel(double.NaN, double.NaN);

    private SkyPoint Sky(double x, double y)
    {
        var (ra, dec) = _image.PixelToSky(x, y);
        return new SkyPoint(ra, dec);
    }

    private readonly record struct Pixel(double X, double Y)
    {
        public bool IsValid => double.IsFinite(X) && double.IsFinite(Y);
    }
}
