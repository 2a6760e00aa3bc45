using ObsCore.Model.Geometry;

namespace Soda.Service.Shapes;

/// <summary>
/// A spatial cut: the region of the ICRS sky (degrees) a cutout must hold, from POS, CIRCLE or
/// POLYGON. Its boundary is traced through the image's projection to find the pixels it covers.
/// </summary>
public abstract class SodaShape
{
    private protected SodaShape()
    {
    }

    /// <summary>Whether the region holds the point, its boundary included.</summary>
    public abstract bool Contains(SkyPoint point);

    /// <summary>The value as POS writes it, e.g. <c>CIRCLE 12 34 0.5</c>, for provenance and messages.</summary>
    public abstract override string ToString();

    /// <summary>The pieces of the region's boundary; together with the image corners it holds, they bound its pixels.</summary>
    internal abstract IEnumerable<BoundaryArc> Boundary();
}
