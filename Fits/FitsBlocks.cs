namespace Fits;

/// <summary>FITS's unit of storage: every header and data unit fills whole blocks of 2880 bytes.</summary>
internal static class FitsBlocks
{
    public const int Length = 2880;

    /// <summary><paramref name="bytes"/> rounded up to whole blocks.</summary>
    public static long Padded(long bytes) => (bytes + Length - 1) / Length * Length;
}
