namespace Fits;

/// <summary>
/// A rectangle of whole pixels in FITS's own convention: 1-based, both ends included, as a FITS
/// image section `XMin:XMax,YMin:YMax` names it. Pixel (1, 1) is centred on coordinate (1.0, 1.0)
/// and covers 0.5..1.5 on each axis.
/// </summary>
public readonly record struct PixelBox(long XMin, long XMax, long YMin, long YMax)
{
    public long Width => XMax - XMin + 1;

    public long Height => YMax - YMin + 1;

    public long PixelCount => Width * Height;

    /// <summary>The whole of an image of the given size.</summary>
    public static PixelBox Whole(long naxis1, long naxis2) => new(1, naxis1, 1, naxis2);

    /// <summary>The part of this box inside <paramref name="other"/>, or null when they do not meet.</summary>
    public PixelBox? Intersect(PixelBox other)
    {
        var box = new PixelBox(
            Math.Max(XMin, other.XMin), Math.Min(XMax, other.XMax),
            Math.Max(YMin, other.YMin), Math.Min(YMax, other.YMax));
        return box.XMin <= box.XMax && box.YMin <= box.YMax ? box : null;
    }

    public override string ToString() => $"{XMin}:{XMax},{YMin}:{YMax}";
}
