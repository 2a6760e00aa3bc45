using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Fits.Native;
using Microsoft.Win32.SafeHandles;

namespace Fits;

/// <summary>
/// The pixels of a section of the source's image HDUs as FITS stores them (big-endian, unscaled),
/// row after row. A stored image's rows are copied from the file byte for byte (a box as wide as
/// the image is one run of bytes); a tile-compressed image's rows are decompressed by CFITSIO
/// (fits_read_subset, unscaled) and put back in FITS's byte order.
/// </summary>
internal sealed class SectionReader(FitsFile source, SafeFileHandle? file, PixelBox box)
{
    // Rows are read and summed in bands of about this size, so that a band is summed while it is still in the CPU's caches.
    private const long BandBytes = 1024 * 1024;

    /// <summary>
    /// Fills <paramref name="destination"/> with the data unit of the cut <paramref name="image"/>:
    /// its pixels, then zeros to the end of the block; returns the data unit's checksum.
    /// </summary>
    public uint Read(CutoutPlan.Image image, Span<byte> destination)
    {
        var bytesPerPixel = PixelTypes.BytesPerPixel(image.Bitpix);
        var rowBytes = box.Width * bytesPerPixel;
        var dataBytes = rowBytes * box.Height;
        var bandRows = Math.Clamp(BandBytes / rowBytes, 1, box.Height);
        if (image.StoredDataStart is null)
        {
            source.MoveToHdu(image.Hdu);
            source.UseStoredValues();
        }

        var sum = 0u;
        long summed = 0;
        for (var row = box.YMin; row <= box.YMax; row += bandRows)
        {
            var rows = Math.Min(bandRows, box.YMax - row + 1);
            var band = destination.Slice((int)((row - box.YMin) * rowBytes), (int)(rows * rowBytes));
            if (image.StoredDataStart is { } dataStart)
            {
                CopyStored(image, dataStart, row, rows, band);
            }
            else
            {
                Decompress(image, row, rows, band);
            }

            // Whole 32-bit words only: a band of 8- or 16-bit rows may end inside one.
            var wordsEnd = (row - box.YMin + rows) * rowBytes / sizeof(uint) * sizeof(uint);
            sum = FitsChecksum.Add(sum, destination[(int)summed..(int)wordsEnd]);
            summed = wordsEnd;
        }

        var padded = (int)FitsBlocks.Padded(dataBytes);
        destination[(int)dataBytes..padded].Clear();
        return FitsChecksum.Add(sum, destination[(int)summed..padded]);
    }

    /// <summary>Asks the kernel to start reading the stored bytes of the cut <paramref name="image"/> (nothing for a tile-compressed one).</summary>
    public void ReadAhead(CutoutPlan.Image image)
    {
        if (image.StoredDataStart is { } dataStart)
        {
            var first = OffsetOf(image, dataStart, box.YMin);
            FileReadAhead.Advise(file!, first, OffsetOf(image, dataStart, box.YMax) + (box.Width * PixelTypes.BytesPerPixel(image.Bitpix)) - first);
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
        var rowBytes = (int)(box.Width * PixelTypes.BytesPerPixel(image.Bitpix));
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
