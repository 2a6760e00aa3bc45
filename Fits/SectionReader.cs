using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Fits.Native;
using Microsoft.Win32.SafeHandles;

namespace Fits;

/// <summary>
/// The pixels of a section of the source's image HDUs as FITS stores them (big-endian, unscaled),
/// row after row, in bands. A stored image's rows are read from the file byte for byte (a box as
/// wide as the image is one run of bytes), each time they are asked for; a tile-compressed image's
/// rows are decompressed by CFITSIO (fits_read_subset, unscaled) once, put back in FITS's byte
/// order and kept until the next image is read.
/// </summary>
internal sealed class SectionReader(FitsFile source, SafeFileHandle? file, PixelBox box) : IDisposable
{
    // A band of rows is about this size: it is read and summed while it is still in the CPU's caches,
    // and written as one slice of the output.
    private const long BandBytes = 256 * 1024;

    private byte[]? _decoded;
    private int _decodedHdu;

    /// <summary>The bands of rows of the cut <paramref name="image"/>, in order: (first row, rows).</summary>
    public IEnumerable<(long FirstRow, long Rows)> Bands(CutoutPlan.Image image)
    {
        var bandRows = Math.Clamp(BandBytes / RowBytes(image), 1, box.Height);
        for (var row = box.YMin; row <= box.YMax; row += bandRows)
        {
            yield return (row, Math.Min(bandRows, box.YMax - row + 1));
        }
    }

    /// <summary>The bytes of one row of the cut <paramref name="image"/>.</summary>
    public long RowBytes(CutoutPlan.Image image) => box.Width * PixelTypes.BytesPerPixel(image.Bitpix);

    /// <summary>
    /// The checksum of the cut <paramref name="image"/>'s data unit (its zero padding adds nothing):
    /// its bands are read into one small buffer and summed there.
    /// </summary>
    public uint Sum(CutoutPlan.Image image)
    {
        var rowBytes = RowBytes(image);
        var buffer = ArrayPool<byte>.Shared.Rent((int)(Bands(image).First().Rows * rowBytes) + sizeof(uint));
        try
        {
            // A band of 8- or 16-bit rows may end inside a 32-bit word: its last bytes are carried to the next band.
            var sum = 0u;
            var carried = 0;
            foreach (var (firstRow, rows) in Bands(image))
            {
                var read = carried + (int)(rows * rowBytes);
                ReadRows(image, firstRow, rows, buffer.AsSpan(carried, read - carried));
                var words = read / sizeof(uint) * sizeof(uint);
                sum = FitsChecksum.Add(sum, buffer.AsSpan(0, words));
                carried = read - words;
                buffer.AsSpan(words, carried).CopyTo(buffer);
            }

            // The padding's zeros complete the last word.
            buffer.AsSpan(carried, sizeof(uint) - carried).Clear();
            return carried == 0 ? sum : FitsChecksum.Add(sum, buffer.AsSpan(0, sizeof(uint)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Fills <paramref name="band"/> with the <paramref name="rows"/> cut rows of <paramref name="image"/> from <paramref name="firstRow"/>.</summary>
    public void ReadRows(CutoutPlan.Image image, long firstRow, long rows, Span<byte> band)
    {
        if (image.StoredDataStart is { } dataStart)
        {
            CopyStored(image, dataStart, firstRow, rows, band);
        }
        else
        {
            Decoded(image).AsSpan((int)((firstRow - box.YMin) * RowBytes(image)), (int)(rows * RowBytes(image))).CopyTo(band);
        }
    }

    /// <summary>
    /// Has the kernel read every stored byte of the cut <paramref name="images"/> into the page cache,
    /// in order, on a thread of the pool (tile-compressed images are decompressed from the file by
    /// CFITSIO and not read ahead): a file not in memory is then read from disk while the first HDU is
    /// summed and sent. The task ends when every byte is asked for, or soon after <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public Task ReadAheadAsync(IEnumerable<CutoutPlan.Image> images, CancellationToken cancellationToken)
    {
        var ranges = images
            .Where(image => image.StoredDataStart is not null)
            .Select(image =>
            {
                var first = OffsetOf(image, image.StoredDataStart!.Value, box.YMin);
                return (Offset: first, Length: OffsetOf(image, image.StoredDataStart!.Value, box.YMax) + RowBytes(image) - first);
            })
            .ToList();
        return ranges.Count == 0
            ? Task.CompletedTask
            : Task.Run(() => ranges.ForEach(range => FileReadAhead.Advise(file!, range.Offset, range.Length, cancellationToken)), cancellationToken);
    }

    public void Dispose()
    {
        if (_decoded is not null)
        {
            ArrayPool<byte>.Shared.Return(_decoded);
            _decoded = null;
        }
    }

    private long OffsetOf(CutoutPlan.Image image, long dataStart, long row) =>
        dataStart + ((((row - 1) * image.Width) + box.XMin - 1) * PixelTypes.BytesPerPixel(image.Bitpix));

    private void CopyStored(CutoutPlan.Image image, long dataStart, long firstRow, long rows, Span<byte> band)
    {
        if (box.Width == image.Width)
        {
            ReadExactly(OffsetOf(image, dataStart, firstRow), band);
            return;
        }
        var rowBytes = (int)RowBytes(image);
        for (var row = 0; row < rows; row++)
        {
            ReadExactly(OffsetOf(image, dataStart, firstRow + row), band.Slice(row * rowBytes, rowBytes));
        }
    }

    private void ReadExactly(long offset, Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            var read = RandomAccess.Read(file!, destination, offset);
            if (read == 0)
            {
                throw new EndOfStreamException($"'{source.Name}' ends before the pixels {box} its header describes: the file is truncated.");
            }
            destination = destination[read..];
            offset += read;
        }
    }

    /// <summary>The cut pixels of a tile-compressed <paramref name="image"/>, decompressed the first time they are asked for.</summary>
    private byte[] Decoded(CutoutPlan.Image image)
    {
        if (_decoded is not null && _decodedHdu == image.Hdu)
        {
            return _decoded;
        }

        Dispose();
        var decoded = ArrayPool<byte>.Shared.Rent((int)(RowBytes(image) * box.Height));
        source.MoveToHdu(image.Hdu);
        source.UseStoredValues();
        foreach (var (firstRow, rows) in Bands(image))
        {
            Decompress(image, firstRow, rows, decoded.AsSpan((int)((firstRow - box.YMin) * RowBytes(image)), (int)(rows * RowBytes(image))));
        }
        (_decoded, _decodedHdu) = (decoded, image.Hdu);
        return decoded;
    }

    private unsafe void Decompress(CutoutPlan.Image image, long firstRow, long rows, Span<byte> band)
    {
        fixed (byte* pixels = band)
        {
            source.ReadSection(PixelTypes.RawDatatype(image.Bitpix), box with { YMin = firstRow, YMax = firstRow + rows - 1 }, 1, pixels);
        }
        switch (PixelTypes.BytesPerPixel(image.Bitpix))
        {
            case 2:
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, short>(band), MemoryMarshal.Cast<byte, short>(band));
                break;
            case 4:
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, int>(band), MemoryMarshal.Cast<byte, int>(band));
                break;
            case 8:
                BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, long>(band), MemoryMarshal.Cast<byte, long>(band));
                break;
        }
    }
}
