using System.Runtime.InteropServices;
using Fits.Native;

namespace Fits;

/// <summary>
/// Pixel-exact cutouts: the same section of every 2-D image HDU of a file (IMAGE, MASK, VARIANCE;
/// or the primary array of a single-HDU raw), each as an uncompressed IMAGE extension after a
/// primary HDU that keeps the source's primary header. Every call opens its own CFITSIO handles,
/// so calls may run concurrently.
/// </summary>
/// <remarks>
/// CFITSIO's fits_copy_image_section is not used: it shifts CRPIXna of every alternate WCS, which
/// breaks afw's XY0 convention (CRPIX1A must stay 1); it leaves IRAF's LTV1/LTV2 unshifted; for a
/// tile-compressed source it copies the table's header (ZHECKSUM...) rather than the image's; and
/// it copies one row per call. Here the header comes from fits_convert_hdr2str (the stored image's
/// header), <see cref="CutoutHeader"/> decides each card, and the pixels move in bands of rows with
/// fits_read_subset, unscaled, so they are copied bit for bit and only the section is ever read.
/// </remarks>
public static class FitsCutout
{
    private const long BandBytes = 4L * 1024 * 1024;
    private const int CopyBufferBytes = 1024 * 1024;

    /// <summary>
    /// Writes the cutout of <paramref name="box"/> (in the source image's pixels, 1-based, wholly
    /// inside it: the caller clips) to <paramref name="destination"/>, HDU after HDU: each is made
    /// by CFITSIO in one reused memory buffer, then copied, so memory holds one cut HDU at a time and the first bytes
    /// leave before the last are made. Everything is checked (the file, its images, the box) before
    /// the first byte is written. <paramref name="provenanceCards"/> end the primary header.
    /// CFITSIO's work runs synchronously on the calling thread between the writes.
    /// </summary>
    public static async Task WriteAsync(
        string sourcePath, PixelBox box, Stream destination, IReadOnlyList<FitsCard> provenanceCards,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(provenanceCards);
        using var source = FitsFile.Open(sourcePath);
        var plan = CutoutPlan.Read(source, box);

        using var buffer = new MemoryFileBuffer();
        using (var primary = InMemory.Write(buffer, plan.EstimatedPrimaryLength(provenanceCards.Count), asExtension: false,
            file => WritePrimary(file, plan, provenanceCards)))
        {
            await CopyAsync(primary, destination, cancellationToken).ConfigureAwait(false);
        }
        foreach (var image in plan.Images)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var extension = InMemory.Write(buffer, plan.EstimatedLength(image), asExtension: true,
                file => WriteSection(source, image, box, file));
            await CopyAsync(extension, destination, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task CopyAsync(Stream hdu, Stream destination, CancellationToken cancellationToken) =>
        hdu.CopyToAsync(destination, (int)Math.Min(hdu.Length, CopyBufferBytes), cancellationToken);

    private static void WritePrimary(FitsFile file, CutoutPlan plan, IReadOnlyList<FitsCard> provenanceCards)
    {
        file.CreateHdu(8, 0, 0);
        WriteCards(file, CutoutHeader.ForPrimary(plan.Primary, plan.Images.Count, primaryWasCut: plan.Images[0].Hdu == 1));
        foreach (var card in provenanceCards)
        {
            file.WriteCard(card);
        }
        file.WriteChecksum();
    }

    private static unsafe void WriteSection(FitsFile source, CutoutPlan.Image image, PixelBox box, FitsFile destination)
    {
        source.MoveToHdu(image.Hdu);
        source.UseStoredValues();
        destination.CreateHdu(image.Bitpix, box.Width, box.Height);
        WriteCards(destination, CutoutHeader.ForSection(image.Records, box));
        destination.EndHeader();
        destination.UseStoredValues();

        var datatype = PixelTypes.RawDatatype(image.Bitpix);
        var rowBytes = box.Width * PixelTypes.BytesPerPixel(image.Bitpix);
        var bandRows = Math.Clamp(BandBytes / rowBytes, 1, box.Height);
        var band = NativeMemory.Alloc((nuint)(bandRows * rowBytes));
        try
        {
            for (var row = box.YMin; row <= box.YMax; row += bandRows)
            {
                var section = box with { YMin = row, YMax = Math.Min(row + bandRows - 1, box.YMax) };
                source.ReadSection(datatype, section, 1, band);
                destination.WritePixels(datatype, row - box.YMin + 1, section.PixelCount, band);
            }
        }
        finally
        {
            NativeMemory.Free(band);
        }
        destination.WriteChecksum();
    }

    /// <summary>Writes the cards; a header with CONTINUE'd long strings also gets LONGSTRN if the source lacked it.</summary>
    private static void WriteCards(FitsFile destination, List<CutoutHeader.OutputCard> cards)
    {
        foreach (var card in cards)
        {
            if (card.Replacement is null)
            {
                destination.WriteRecord(card.Source);
            }
            else
            {
                destination.WriteCard(card.Replacement);
            }
        }
        if (cards.Exists(card => card.Source.Keyword == "CONTINUE"))
        {
            destination.DeclareLongStrings();
        }
    }
}
