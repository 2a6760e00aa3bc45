using Fits.Native;

namespace Fits;

/// <summary>What a cutout copies from its source: the primary header, and every 2-D image HDU with its header.</summary>
internal sealed record CutoutPlan(PixelBox Box, List<HeaderRecord> Primary, List<CutoutPlan.Image> Images)
{
    private const long BlockLength = 2880;
    private const long CardLength = 80;

    internal sealed record Image(int Hdu, int Bitpix, List<HeaderRecord> Records);

    /// <summary>Reads the headers of <paramref name="source"/>; throws when it has no 2-D image or the box is not inside one.</summary>
    public static CutoutPlan Read(FitsFile source, PixelBox box)
    {
        var images = new List<Image>();
        var hduCount = source.HduCount;
        List<HeaderRecord>? primary = null;
        for (var hdu = 1; hdu <= hduCount; hdu++)
        {
            source.MoveToHdu(hdu);
            var records = source.ReadHeaderRecords();
            primary ??= records;
            if (source.Image is { Axes.Count: 2 } image)
            {
                source.RequireInside(box);
                images.Add(new Image(hdu, image.Bitpix, records));
            }
        }
        if (images.Count == 0)
        {
            throw new ArgumentException($"'{source.Name}' has no 2-D image to cut.", nameof(source));
        }
        return new CutoutPlan(box, primary!, images);
    }

    /// <summary>About the length of the cutout's primary HDU, so that its memory file is allocated once.</summary>
    public long EstimatedPrimaryLength(int provenanceCardCount) => Blocks((Primary.Count + provenanceCardCount + 10) * CardLength);

    /// <summary>About the length of the memory file of a cut image (with the empty primary before it).</summary>
    public long EstimatedLength(Image image) =>
        BlockLength + Blocks((image.Records.Count + 10) * CardLength) + Blocks(Box.PixelCount * PixelTypes.BytesPerPixel(image.Bitpix));

    private static long Blocks(long bytes) => (bytes + BlockLength - 1) / BlockLength * BlockLength;
}
