using Fits.Native;

namespace Fits;

/// <summary>Cutout headers made by CFITSIO in a memory file, one after the other in the same buffer.</summary>
internal static class InMemory
{
    private const long GrowthStep = 16 * FitsBlocks.Length;

    /// <summary>
    /// Runs <paramref name="write"/> on a new memory file in <paramref name="buffer"/>, ends the
    /// header it wrote with CHECKSUM and DATASUM to be sealed, and returns it. With
    /// <paramref name="asExtension"/>, an empty primary HDU comes first so that the header written
    /// is an extension's: an extension's checksum covers itself only, so it can follow any primary.
    /// No pixels are ever written to the memory file: they go from the source to the output.
    /// </summary>
    public static HeaderBlock Header(MemoryFileBuffer buffer, bool asExtension, Action<FitsFile> write)
    {
        using var file = FitsFile.CreateInMemory(buffer, GrowthStep);
        try
        {
            if (asExtension)
            {
                file.CreateHdu(8, 0, 0);
            }
            write(file);
            HeaderBlock.WritePlaceholders(file);
            var header = HeaderBlock.Of(file.ReadHeaderRecords());
            if (asExtension)
            {
                file.EmptyDataUnit();
            }
            return header;
        }
        catch
        {
            file.Abandon();
            throw;
        }
    }
}
