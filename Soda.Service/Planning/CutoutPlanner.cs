using Fits;
using ObsCore.Model.Geometry;
using Soda.Service.Shapes;

namespace Soda.Service.Planning;

/// <summary>
/// Plans the cutout of one image for one region, without resampling: the smallest box of whole pixels
/// that holds the part of the region inside the image. That part's extreme points lie either on the
/// region's boundary inside the image or at image corners inside the region, so those two are all it
/// looks at; a region that only comes near the image leaves both empty.
/// </summary>
public static class CutoutPlanner
{
    /// <summary>The pixel box, clipped to the image; the whole image when <paramref name="shape"/> is null; null when the region misses the image.</summary>
    public static PixelBox? Plan(ImageGeometry image, SodaShape? shape)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfLessThan(image.Naxis1, 1, nameof(image));
        ArgumentOutOfRangeException.ThrowIfLessThan(image.Naxis2, 1, nameof(image));
        if (shape is null)
        {
            return PixelBox.Whole(image.Naxis1, image.Naxis2);
        }

        var extent = new PixelExtent(image.Naxis1, image.Naxis2);
        foreach (var (x, y) in extent.Corners)
        {
            var (ra, dec) = image.PixelToSky(x, y);
            if (shape.Contains(new SkyPoint(ra, dec)))
            {
                extent.Add(x, y);
            }
        }

        var tracer = new BoundaryTracer(image, extent);
        foreach (var arc in shape.Boundary())
        {
            tracer.Trace(arc);
        }

        return extent.ToPixelBox();
    }
}
