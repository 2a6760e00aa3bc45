using System.Runtime.CompilerServices;
using Fits;

namespace SeedData.Generator.Pixels;

/// <summary>One image HDU to write: its size, its cards (after those CFITSIO writes) and how to draw its pixels.</summary>
public abstract class ImagePlane(int width, int height, IReadOnlyList<FitsCard> cards)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public IReadOnlyList<FitsCard> Cards { get; } = cards;

    public abstract int BytesPerPixel { get; }

    /// <summary>Draws the pixels and appends them to the file as the next image HDU.</summary>
    public abstract void AppendTo(FitsFile file);
}

/// <inheritdoc cref="ImagePlane"/>
public sealed class ImagePlane<T>(int width, int height, IReadOnlyList<FitsCard> cards, Func<T[]> draw) : ImagePlane(width, height, cards)
    where T : unmanaged
{
    public override int BytesPerPixel => Unsafe.SizeOf<T>();

    /// <summary>Draws the pixels, row after row; the planes of one image may share the work.</summary>
    public T[] Draw() => draw();

    public override void AppendTo(FitsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        file.AppendImage<T>(Width, Height, Draw(), Cards);
    }
}

/// <summary>
/// A FITS file to write: a primary header without pixels followed by image extensions, or, for a
/// raw, a single primary image. Its headers are known before any pixel is drawn, so its length is too.
/// </summary>
/// <param name="PrimaryHeader">The cards of a primary HDU without pixels; null when the first plane is the primary image.</param>
public sealed record ImagePlan(IReadOnlyList<FitsCard>? PrimaryHeader, IReadOnlyList<ImagePlane> Planes)
{
    /// <summary>Writes the file, drawing each plane's pixels when its HDU comes; an existing file is replaced.</summary>
    public void Write(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.Delete(path);
        using var file = FitsFile.Create(path);
        if (PrimaryHeader is not null)
        {
            file.WritePrimaryHeader(PrimaryHeader);
        }

        foreach (var plane in Planes)
        {
            plane.AppendTo(file);
        }
    }

    /// <summary>The length of the file once written, in bytes.</summary>
    public long FileLength =>
        (PrimaryHeader is null ? 0 : FitsLength.Header(FitsLength.PrimaryWithoutPixelsCards, PrimaryHeader))
        + Planes.Select((plane, i) => FitsLength.Header(MandatoryCards(plane, i), plane.Cards) + FitsLength.Data((long)plane.Width * plane.Height * plane.BytesPerPixel)).Sum();

    private int MandatoryCards(ImagePlane plane, int index) =>
        (index == 0 && PrimaryHeader is null ? FitsLength.PrimaryImageCards : FitsLength.ExtensionImageCards)
        + (plane is ImagePlane<ushort> ? FitsLength.UnsignedScalingCards : 0);
}
