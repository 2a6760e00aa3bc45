using System.Buffers.Binary;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Fits.Native;

namespace Fits;

/// <summary>
/// FITS's checksum (the standard's appendix J): the 32-bit ones' complement sum of an HDU's
/// big-endian words. The sums of bytes this library writes itself are computed here; their ASCII
/// form for CHECKSUM is CFITSIO's (fits_encode_chksum).
/// </summary>
internal static class FitsChecksum
{
    /// <summary>CHECKSUM's value before the HDU's sum is known: the ASCII zeros the encoding is designed to replace.</summary>
    public const string Unknown = "0000000000000000";

    /// <summary>Reverses the bytes of each 32-bit word, within each 128-bit lane (vpshufb's indices).</summary>
    private static readonly Vector256<byte> BigEndianWords = Vector256.Create(
        (byte)3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);

    /// <summary>
    /// <paramref name="sum"/> with the big-endian 32-bit words of <paramref name="bytes"/> added
    /// (a whole number of words, counted from the start of the HDU's header or data).
    /// </summary>
    public static uint Add(uint sum, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % sizeof(uint) != 0)
        {
            throw new ArgumentException($"A FITS checksum adds whole 32-bit words, not {bytes.Length} bytes.", nameof(bytes));
        }

        // Each word adds less than 2^32 to a 64-bit total, so nothing overflows below 2^32 words (16 GB).
        ulong total = sum;
        var index = 0;
        if (Avx2.IsSupported)
        {
            var lanes = Vector256<ulong>.Zero;
            for (; index + Vector256<byte>.Count <= bytes.Length; index += Vector256<byte>.Count)
            {
                var words = Avx2.Shuffle(Vector256.Create(bytes.Slice(index, Vector256<byte>.Count)), BigEndianWords).AsUInt32();
                var (lower, upper) = Vector256.Widen(words);
                lanes += lower + upper;
            }
            total += Vector256.Sum(lanes);
        }
        for (; index < bytes.Length; index += sizeof(uint))
        {
            total += BinaryPrimitives.ReadUInt32BigEndian(bytes[index..]);
        }
        return Fold(total);
    }

    /// <summary>The 16 characters of CHECKSUM for an HDU whose words (with CHECKSUM at <see cref="Unknown"/>) sum to <paramref name="sum"/>.</summary>
    public static unsafe string Encode(uint sum)
    {
        const int Length = 16;
        var ascii = stackalloc byte[Length + 1];
        Cfitsio.ffesum(sum, 1, ascii);
        return CfitsioStatus.CString(ascii, Length + 1);
    }

    /// <summary>The carries folded back in (the end-around carry of ones' complement addition).</summary>
    private static uint Fold(ulong total)
    {
        while (total > uint.MaxValue)
        {
            total = (total & uint.MaxValue) + (total >> 32);
        }
        return (uint)total;
    }
}
