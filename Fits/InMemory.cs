using Fits.Native;

namespace Fits;

/// <summary>One HDU made by CFITSIO in a memory file, handed on as a stream of its bytes.</summary>
internal static class InMemory
{
    /// <summary>
    /// Runs <paramref name="write"/> on a new memory file and returns the bytes of the HDU it
    /// wrote last. With <paramref name="asExtension"/>, an empty primary HDU comes first so that
    /// the HDU written is an extension, and is left out of the bytes returned: an extension's
    /// checksum covers itself only, so its bytes can follow any other primary HDU.
    /// </summary>
    public static Stream Write(long expectedLength, bool asExtension, Action<FitsFile> write)
    {
        using var buffer = new MemoryFileBuffer(expectedLength);
        (long Start, long End) hdu;
        using (var file = FitsFile.CreateInMemory(buffer))
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
        return buffer.DetachAsStream(hdu.Start, hdu.End - hdu.Start);
    }
}
