namespace Fits;

/// <summary>
/// The pixels of an image HDU as CFITSIO presents them (a tile-compressed HDU as the image it
/// stores): BITPIX as stored (ZBITPIX for a compressed one), the type of the scaled values, and
/// NAXIS1, NAXIS2, ... in FITS order (x first).
/// </summary>
public sealed record FitsImageInfo(int Bitpix, FitsPixelType PixelType, IReadOnlyList<long> Axes)
{
    public long Width => Axes[0];

    public long Height => Axes.Count > 1 ? Axes[1] : 1;

    /// <summary>The whole image as a box, for clipping a requested one.</summary>
    public PixelBox Bounds => PixelBox.Whole(Width, Height);
}
