using Fits.Native;

namespace Fits;

/// <summary>HDUs made by CFITSIO in a memory file, one after the other in the same buffer.</summary>
internal static class InMemory
{
    /// <summary>
    /// Runs <paramref name="write"/> on a new memory file in <paramref name="buffer"/> and returns
    /// the bytes of the HDU it wrote last, valid until the buffer is used again. With
    /// <paramref name="asExtension"/>, an empty primary HDU comes first so that the HDU written is
    /// an extension, and is left out of the bytes returned: an extension's checksum covers itself
    /// only, so its bytes can follow any primary HDU. <paramref name="expectedLength"/> is what
    /// CFITSIO allocates at least when the buffer is too small, so a good guess allocates once.
    /// </summary>
    public static Stream Write(MemoryFileBuffer buffer, long expectedLength, bool asExtension, Action<FitsFile> write)
    {
        (long Start, long End) hdu;
        using (var file = FitsFile.CreateInMemory(buffer, expectedLength))
        {
            try
            {
                if (asExtension)
                {
                    file.CreateHdu(8, 0, 0);
                }
                write(file);
                hdu = file.CurrentHduExtent();
            }
            catch
            {
                file.Abandon();
                throw;
            }
        }
        return buffer.Read(hdu.Start, hdu.End - hdu.Start);
    }
}
