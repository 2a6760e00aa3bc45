using System.IO.Pipelines;
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
    private readonly FitsFile _source;
    private readonly SafeFileHandle? _file;
    private readonly CutoutPlan _plan;
    private readonly HeaderBlock _primary;
    private readonly List<HeaderBlock> _sections;

    private FitsCutout(FitsFile source, SafeFileHandle? file, CutoutPlan plan, HeaderBlock primary, List<HeaderBlock> sections)
    {
        _source = source;
        _file = file;
        _plan = plan;
        _primary = primary;
        _sections = sections;
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
            // A tile-compressed image's cut pixels are decompressed into memory once (SectionReader).
            var largest = plan.Images.Where(image => image.StoredDataStart is null).Select(plan.DataLength).DefaultIfEmpty().Max();
            if (largest > Array.MaxLength)
            {
                throw new ArgumentOutOfRangeException(nameof(box), box, $"A cut tile-compressed image of {largest:N0} bytes is more than one cutout may hold in memory.");
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
            return new FitsCutout(source, file, plan, primary, sections);
        }
        catch
        {
            file?.Dispose();
            source.Dispose();
            throw;
        }
    }

    /// <summary>Makes the cutout of <paramref name="box"/> and writes it to <paramref name="destination"/>: <see cref="Open"/>, then <see cref="WriteToAsync(Stream, CancellationToken)"/>.</summary>
    public static async Task WriteAsync(
        string sourcePath, PixelBox box, Stream destination, IReadOnlyList<FitsCard> provenanceCards,
        CancellationToken cancellationToken = default)
    {
        using var cutout = Open(sourcePath, box, provenanceCards);
        await cutout.WriteToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the cutout to <paramref name="destination"/> (a file, or a stream of the caller's), through
    /// a pipe over it: <see cref="WriteToAsync(PipeWriter, CancellationToken)"/>.
    /// </summary>
    public async Task WriteToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var pipe = PipeWriter.Create(destination, new StreamPipeWriterOptions(leaveOpen: true));
        await WriteToAsync(pipe, cancellationToken).ConfigureAwait(false);
        await pipe.CompleteAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the cutout, HDU after HDU. A cut image's header carries the sum of its data, so its
    /// data unit is read twice: once into a small buffer to be summed, then, after the header, band by
    /// band straight into <paramref name="destination"/>'s memory (an HTTP response's own buffers:
    /// no copy of ours between the file and the socket). The kernel is told of every stored byte to
    /// come first, so that a file not in memory is read from disk for the next HDU while this one is
    /// sent, and the second reading finds its bytes in the page cache. The file must not change while
    /// it is cut (the image store replaces files by renaming, never in place).
    /// </summary>
    public async Task WriteToAsync(PipeWriter destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        cancellationToken.ThrowIfCancellationRequested();
        await destination.WriteAsync(_primary.Seal(0), cancellationToken).ConfigureAwait(false);

        using var reader = new SectionReader(_source, _file, _plan.Box);
        using var stopReadingAhead = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var readAhead = reader.ReadAheadAsync(_plan.Images, stopReadingAhead.Token);
        try
        {
            for (var i = 0; i < _plan.Images.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var image = _plan.Images[i];
                await destination.WriteAsync(_sections[i].Seal(reader.Sum(image)), cancellationToken).ConfigureAwait(false);
                foreach (var (firstRow, rows) in reader.Bands(image))
                {
                    var length = (int)(rows * reader.RowBytes(image));
                    reader.ReadRows(image, firstRow, rows, destination.GetSpan(length)[..length]);
                    destination.Advance(length);
                    await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
                }

                var padding = (int)(FitsBlocks.Padded(_plan.DataLength(image)) - _plan.DataLength(image));
                destination.GetSpan(padding)[..padding].Clear();
                destination.Advance(padding);
            }
        }
        finally
        {
            // The reading ahead uses the file: it ends before the file may be closed.
            await stopReadingAhead.CancelAsync().ConfigureAwait(false);
            await readAhead.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
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
