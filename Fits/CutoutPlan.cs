using Fits.Native;

namespace Fits;

/// <summary>What a cutout copies from its source: the primary header, and every 2-D image HDU with its header.</summary>
internal sealed record CutoutPlan(PixelBox Box, List<HeaderRecord> Primary, List<CutoutPlan.Image> Images)
{
    /// <summary>One 2-D image HDU of the source.</summary>
    /// <param name="StoredDataStart">
    /// Where its pixels start in the file when they are stored as they are (not tile-compressed, in a
    /// plain file CFITSIO reads directly, not a gzipped one); null otherwise.
    /// </param>
    internal sealed record Image(int Hdu, int Bitpix, long Width, List<HeaderRecord> Records, long? StoredDataStart);

    /// <summary>Reads the headers of <paramref name="source"/>; throws when it has no 2-D image or the box is not inside one.</summary>
    public static CutoutPlan Read(FitsFile source, PixelBox box)
    {
        var images = new List<Image>();
        var hduCount = source.HduCount;
        var plainFile = source.IsPlainDiskFile;
        List<HeaderRecord>? primary = null;
        for (var hdu = 1; hdu <= hduCount; hdu++)
        {
            source.MoveToHdu(hdu);
            var records = source.ReadHeaderRecords();
            primary ??= records;
            if (source.Image is { Axes.Count: 2 } image)
            {
                source.RequireInside(box);
                var stored = plainFile && !source.IsCompressedImage ? source.DataStart : (long?)null;
                images.Add(new Image(hdu, image.Bitpix, image.Width, records, stored));
            }
        }
        if (images.Count == 0)
        {
            throw new ArgumentException($"'{source.Name}' has no 2-D image to cut.", nameof(source));
        }
        return new CutoutPlan(box, primary!, images);
    }

    /// <summary>The bytes of the cut pixels of <paramref name="image"/>, unpadded.</summary>
    public long DataLength(Image image) => Box.PixelCount * PixelTypes.BytesPerPixel(image.Bitpix);
}
