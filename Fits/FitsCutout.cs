using System.Buffers;
using Fits.Native;
using Microsoft.Win32.SafeHandles;

namespace Fits;

/// <summary>
/// Pixel-exact cutouts: the same section of every 2-D image HDU of a file (IMAGE, MASK, VARIANCE;
/// or the primary array of a single-HDU raw), each as an uncompressed IMAGE extension after a
/// primary HDU that keeps the source's primary header. Each instance has its own CFITSIO handle
/// and file handle, so cutouts may be made concurrently.
/// </summary>
/// <remarks>
/// CFITSIO's fits_copy_image_section is not used: it shifts CRPIXna of every alternate WCS, which
/// breaks afw's XY0 convention (CRPIX1A must stay 1); it leaves IRAF's LTV1/LTV2 unshifted; for a
/// tile-compressed source it copies the table's header (ZHECKSUM...) rather than the image's; and
/// it copies one row per call. Here the header comes from fits_convert_hdr2str (the stored image's
/// header), <see cref="CutoutHeader"/> decides each card and CFITSIO writes them; the pixels never
/// pass through CFITSIO's typed reads and writes: a stored image's rows are copied byte for byte
/// from the file, a tile-compressed one's are decompressed unscaled (<see cref="SectionReader"/>).
/// DATASUM and CHECKSUM are computed over exactly the bytes written (<see cref="HeaderBlock"/>).
/// </remarks>
public sealed class FitsCutout : IDisposable
{
    // Data units are written in slices of this size: a stream that buffers (an HTTP response's pipe)
    // then holds one slice at a time, and sends it while it is still in the CPU's caches.
    private const int WriteBytes = 256 * 1024;

    private readonly FitsFile _source;
    private readonly SafeFileHandle? _file;
    private readonly CutoutPlan _plan;
    private readonly HeaderBlock _primary;
    private readonly List<HeaderBlock> _sections;
    private readonly int _largestDataUnit;

    private FitsCutout(FitsFile source, SafeFileHandle? file, CutoutPlan plan, HeaderBlock primary, List<HeaderBlock> sections, int largestDataUnit)
    {
        _source = source;
        _file = file;
        _plan = plan;
        _primary = primary;
        _sections = sections;
        _largestDataUnit = largestDataUnit;
        Length = primary.Length + plan.Images.Select((image, i) => sections[i].Length + FitsBlocks.Padded(plan.DataLength(image))).Sum();
    }

    /// <summary>The length of the cutout file in bytes, known before it is written (an HTTP Content-Length).</summary>
    public long Length { get; }

    /// <summary>
    /// Prepares the cutout of <paramref name="box"/> (in the source image's pixels, 1-based, wholly
    /// inside it: the caller clips): everything is checked (the file, its images, the box) and every
    /// header made before the first byte is written. <paramref name="provenanceCards"/> end the primary header.
    /// </summary>
    public static FitsCutout Open(string sourcePath, PixelBox box, IReadOnlyList<FitsCard> provenanceCards)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(provenanceCards);
        var source = FitsFile.Open(sourcePath);
        SafeFileHandle? file = null;
        try
        {
            var plan = CutoutPlan.Read(source, box);
            var largest = plan.Images.Max(image => FitsBlocks.Padded(plan.DataLength(image)));
            if (largest > Array.MaxLength)
            {
                throw new ArgumentOutOfRangeException(nameof(box), box, $"A cut image HDU of {largest:N0} bytes is more than one cutout may hold in memory.");
            }

            using var buffer = new MemoryFileBuffer();
            var primary = InMemory.Primary(buffer, output => WritePrimary(output, plan, provenanceCards));
            var sections = plan.Images
                .Select(image => InMemory.Image(buffer, image.Bitpix, box, output => WriteCards(output, CutoutHeader.ForSection(image.Records, box))))
                .ToList();
            if (plan.Images.Exists(image => image.StoredDataStart is not null))
            {
                file = File.OpenHandle(sourcePath);
            }
            return new FitsCutout(source, file, plan, primary, sections, (int)largest);
        }
        catch
        {
            file?.Dispose();
            source.Dispose();
            throw;
        }
    }

    /// <summary>Makes the cutout of <paramref name="box"/> and writes it to <paramref name="destination"/>: <see cref="Open"/>, then <see cref="WriteToAsync"/>.</summary>
    public static async Task WriteAsync(
        string sourcePath, PixelBox box, Stream destination, IReadOnlyList<FitsCard> provenanceCards,
        CancellationToken cancellationToken = default)
    {
        using var cutout = Open(sourcePath, box, provenanceCards);
        await cutout.WriteToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the cutout, HDU after HDU: each cut image's data unit is read into one pooled buffer,
    /// summed, and written after its header, so memory holds one cut HDU at a time and the first
    /// bytes leave before the last are read. The reading runs synchronously between the writes; the
    /// kernel is told of every stored byte to come first, so that it reads the next HDU from disk
    /// while this one is sent.
    /// </summary>
    public async Task WriteToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        cancellationToken.ThrowIfCancellationRequested();
        await destination.WriteAsync(_primary.Seal(0), cancellationToken).ConfigureAwait(false);

        var reader = new SectionReader(_source, _file, _plan.Box);
        _plan.Images.ForEach(reader.ReadAhead);
        var buffer = ArrayPool<byte>.Shared.Rent(_largestDataUnit);
        try
        {
            for (var i = 0; i < _plan.Images.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var data = buffer.AsMemory(0, (int)FitsBlocks.Padded(_plan.DataLength(_plan.Images[i])));
                var sum = reader.Read(_plan.Images[i], data.Span);
                await destination.WriteAsync(_sections[i].Seal(sum), cancellationToken).ConfigureAwait(false);
                for (var start = 0; start < data.Length; start += WriteBytes)
                {
                    await destination.WriteAsync(data[start..Math.Min(start + WriteBytes, data.Length)], cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose()
    {
        _file?.Dispose();
        _source.Dispose();
    }

    private static void WritePrimary(FitsFile file, CutoutPlan plan, IReadOnlyList<FitsCard> provenanceCards)
    {
        WriteCards(file, CutoutHeader.ForPrimary(plan.Primary, plan.Images.Count, primaryWasCut: plan.Images[0].Hdu == 1));
        foreach (var card in provenanceCards)
        {
            file.WriteCard(card);
        }
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
