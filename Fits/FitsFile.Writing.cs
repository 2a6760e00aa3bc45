using Fits.Native;

namespace Fits;

/// <summary>Writing a new file: a primary header, then image HDUs, each closed with DATASUM and CHECKSUM.</summary>
public sealed partial class FitsFile
{
    private int _hdusWritten;

    /// <summary>Creates a new, empty file; fails when <paramref name="path"/> exists. The path is taken literally.</summary>
    public static FitsFile Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var status = 0;
        Cfitsio.ffdkinit(out var handle, path, ref status);
        return Opened(handle, status, $"creating '{path}'", path, writing: true);
    }

    /// <summary>A new, empty file in <paramref name="buffer"/>, which grows by at least <paramref name="growthStep"/> bytes at a time.</summary>
    internal static unsafe FitsFile CreateInMemory(MemoryFileBuffer buffer, long growthStep)
    {
        var status = 0;
        buffer.Empty();
        Cfitsio.ffimem(out var handle, buffer.Address, buffer.Size, (nuint)Math.Max(growthStep, 2880), &MemoryFileBuffer.Reallocate, ref status);
        return Opened(handle, status, "creating a FITS file in memory", "a FITS file in memory", writing: true);
    }

    /// <summary>
    /// Writes the primary HDU without pixels (NAXIS = 0, EXTEND = T) with <paramref name="cards"/>
    /// after the mandatory ones, then its CHECKSUM. Must come first.
    /// </summary>
    public void WritePrimaryHeader(IEnumerable<FitsCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var checkedCards = CheckedCards(cards);
        if (_hdusWritten > 0)
        {
            throw new InvalidOperationException($"The primary header must be the first HDU of '{Name}'.");
        }
        try
        {
            CreateHdu(8, 0, 0);
            checkedCards.ForEach(WriteCard);
            WriteChecksum();
        }
        catch
        {
            _writeFailed = true;
            throw;
        }
    }

    /// <summary>
    /// Appends a 2-D image: the primary array when nothing has been written yet (a single-HDU file
    /// such as a raw), an IMAGE extension otherwise. BITPIX comes from <typeparamref name="T"/>:
    /// float -32, int 32, short 16, ushort 16 with BZERO 32768, double -64, byte 8. The
    /// <paramref name="cards"/> follow the mandatory ones (they must not repeat them, nor BSCALE,
    /// BZERO or the checksums, which CFITSIO writes); <paramref name="pixels"/> are row after row,
    /// x fastest. DATASUM and CHECKSUM close the HDU.
    /// </summary>
    public unsafe void AppendImage<T>(long width, long height, ReadOnlySpan<T> pixels, IEnumerable<FitsCard> cards)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (pixels.Length != width * height)
        {
            throw new ArgumentException($"{pixels.Length} pixels given for a {width}x{height} image.", nameof(pixels));
        }
        var checkedCards = CheckedCards(cards);
        var imageType = PixelTypes.ImageType<T>();
        var datatype = PixelTypes.Datatype<T>();
        try
        {
            CreateHdu(imageType, width, height);
            checkedCards.ForEach(WriteCard);
            fixed (T* data = pixels)
            {
                WritePixels(datatype, 1, width * height, data);
            }
            WriteChecksum();
        }
        catch
        {
            _writeFailed = true;
            throw;
        }
    }

    /// <summary>A new HDU of the given CFITSIO image type; <paramref name="width"/> 0 makes one without pixels.</summary>
    internal unsafe void CreateHdu(int imageType, long width, long height)
    {
        var status = 0;
        var axes = stackalloc long[] { width, height };
        Cfitsio.ffcrimll(_handle, imageType, width == 0 ? 0 : 2, axes, ref status);
        CfitsioStatus.Check(status, $"creating HDU {_hdusWritten + 1} of '{Name}'");
        _hdusWritten++;
    }

    internal void WriteRecord(HeaderRecord record) => HeaderIo.WriteVerbatim(_handle, record, Describe("writing the header of"));

    internal void WriteCard(FitsCard card) => HeaderIo.Write(_handle, card, Describe("writing the header of"));

    /// <summary>Declares the long-string convention (LONGSTRN), which fitsverify asks for when CONTINUE cards are used.</summary>
    internal void DeclareLongStrings()
    {
        var status = 0;
        Cfitsio.ffplsw(_handle, ref status);
        CfitsioStatus.Check(status, Describe("writing LONGSTRN in"));
    }

    /// <summary>Gives up a file being written: closes and deletes it.</summary>
    internal void Abandon() => _handle.CloseAndDelete();

    /// <summary>Writes <paramref name="count"/> pixels from <paramref name="firstRow"/> on (whole rows of the current image).</summary>
    internal unsafe void WritePixels(int datatype, long firstRow, long count, void* pixels)
    {
        var status = 0;
        var first = stackalloc long[] { 1, firstRow };
        Cfitsio.ffppxll(_handle, datatype, first, count, pixels, ref status);
        CfitsioStatus.Check(status, Describe("writing the pixels of"));
    }

    internal void WriteChecksum()
    {
        var status = 0;
        Cfitsio.ffpcks(_handle, ref status);
        CfitsioStatus.Check(status, Describe("writing DATASUM and CHECKSUM of"));
    }

    private static List<FitsCard> CheckedCards(IEnumerable<FitsCard> cards)
    {
        var list = cards.ToList();
        var reserved = list.FirstOrDefault(card => HeaderIo.IsWrittenByCfitsio(card.Keyword));
        if (reserved is not null)
        {
            throw new ArgumentException(
                $"Card {reserved.Keyword} is written by CFITSIO itself (from the pixel type and size, or as a checksum).", nameof(cards));
        }
        return list;
    }
}
